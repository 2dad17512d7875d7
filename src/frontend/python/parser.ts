// Entry point of the Pyta frontend's parser: Python 3.11 source -> ast.Module. Hand-written
// (tokenizer.ts + recursive descent in parse-statements.ts / parse-expressions.ts) rather than
// generated from a grammar package, for CPython-quality error messages with exact positions,
// full control over Python's quirks, and speed. Every bad input is a PySyntaxError; the
// parser never evaluates anything and never throws a plain JS Error for user input.

import { PySyntaxError, SourceFile } from '../diagnostics.js';
import type * as ast from './ast.js';
import { StatementParser } from './parse-statements.js';
import { tokenize } from './tokenizer.js';

/** Parse a whole module. Throws PySyntaxError (or IndentationError/TabError subtypes). */
export function parseModule(source: string, filename: string): ast.Module {
  const file = sourceFile(source, filename);
  const { tokens, unclosed } = tokenize(file);
  const parser = new StatementParser(file, tokens);
  let module: ast.Module;
  try {
    module = parser.parseFile();
  } catch (e) {
    // Like CPython: a bracket still open at end of file explains any later parse error.
    if (e instanceof PySyntaxError && unclosed &&
        (parser.current.kind === 'ENDMARKER' || parser.current.col < 0 || e.lineno > unclosed.lineno)) {
      throw new PySyntaxError('SyntaxError', `'${unclosed.char}' was never closed`, filename,
        unclosed.lineno, unclosed.col + 1, unclosed.lineno, 0, file.lineText(unclosed.lineno));
    }
    throw e;
  }
  parser.checkSupported();
  return module;
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
    throw new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', filename,
      lineno, 0, lineno, -1, null);
  }
  return file;
}
