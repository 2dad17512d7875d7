// Entry point of the Pyta frontend's parser: Python 3.11 source -> ast.Module. Hand-written
// (tokenizer.ts + recursive descent in parse-statements.ts / parse-expressions.ts) rather than
// generated from a grammar package, for CPython-quality error messages with exact positions,
// full control over Python's quirks, and speed. Every bad input is a PySyntaxError; the
// parser never evaluates anything and never throws a plain JS Error for user input.

import { PySyntaxError, SourceFile } from '../diagnostics.js';
import type * as ast from './ast.js';
import { StatementParser } from './parse-statements.js';
import { ParserBase } from './parser-base.js';
import { raisedByScan, tokenize, type Token, type TokenizeResult } from './tokenizer.js';

/** Parse a whole module. Throws PySyntaxError (or IndentationError/TabError subtypes). */
export function parseModule(source: string, filename: string): ast.Module {
  const file = sourceFile(source, filename);
  const tokenized = tokenize(file);
  const parser = new StatementParser(file, tokenized.tokens, tokenized.error);
  let module: ast.Module;
  try {
    if (tokenized.tokens.kindAt(0) === 'ERRORTOKEN') throw tokenized.error!;
    module = parser.parseFile();
  } catch (e) {
    if (e instanceof RangeError) throw tooComplex(parser.current, file);
    if (e instanceof PySyntaxError) {
      // Reaching end of file inside brackets (even while only looking ahead) is CPython's
      // EOF error token, whose line is past every bracket.
      const atEnd = ParserBase.isEndOfFile(parser.current, file) || ParserBase.isEndOfFile(parser.furthestToken, file);
      throw chooseError(e, tokenized, atEnd, parser.furthestToken.lineno, file);
    }
    throw e;
  }
  parser.checkSupported();
  return module;
}

/**
 * The JS stack ran out on absurdly deep nesting (`- - - ... x` thousands deep). CPython
 * raises a bare MemoryError there; a compile error is the nearest kind we have.
 */
function tooComplex(at: Token, file: SourceFile): PySyntaxError {
  const offset = Math.max(at.col, 0) + 1;
  return new PySyntaxError('SyntaxError', 'too many nested expressions: source too complex to parse',
    file.filename, at.lineno, offset, at.lineno, offset, file.lineText(at.lineno));
}

/**
 * Which error CPython 3.11 reports when the parser fails (Parser/pegen_errors.c,
 * _PyPegen_set_syntax_error): after most parse errors it tokenizes the rest of the file, and
 * an error the tokenizer raises there wins, as does a bracket left open at end of file
 * (if opened before the line of the furthest token read). "unexpected indent" skips it.
 */
function chooseError(e: PySyntaxError, t: TokenizeResult, atEnd: boolean, furthestLine: number,
  file: SourceFile): PySyntaxError {
  if (e === t.error) return e;
  if (e.msg === 'unexpected indent' || e.msg === 'unexpected unindent') return e;
  if (t.error) return raisedByScan(t.error) ? t.error : e;
  const open = t.unclosed;
  if (open && (atEnd || furthestLine > open.lineno)) {
    const span = { lineno: open.lineno, col_offset: open.col, end_lineno: open.lineno, end_col_offset: -1 };
    return file.error(span, `'${open.char}' was never closed`);
  }
  return e;
}

/**
 * The SourceFile the frontend works on: newlines normalized to `\n` and a UTF-8 BOM dropped,
 * as CPython's reader does. Positions refer to this text (columns are unchanged by it).
 */
export function sourceFile(source: string, filename: string): SourceFile {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const file = new SourceFile(text, filename);
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const lineno = file.lineOf(nul);
    const lineText = text.slice(file.lineStarts[lineno - 1], nul);
    throw new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', filename,
      lineno, 0, lineno, 0, lineText);
  }
  return file;
}
