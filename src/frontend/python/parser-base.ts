// Parser state shared by all parser layers: the token cursor (with CPython's notion of how far
// the parser has read), location helpers, speculative parsing for diagnoses, and the error
// funnel that turns "unexpected token" into CPython 3.11's messages and positions. It knows no
// grammar; parse-arguments.ts, parse-expressions.ts and parse-statements.ts extend it.
// Never throws anything but PySyntaxError.

import { PySyntaxError, SourceFile, type SourceSpan, type SyntaxErrorType } from '../diagnostics.js';
import type * as ast from './ast.js';
import type { Token, TokenKind, TokenList } from './tokenizer.js';

/** Python 3.11 hard keywords: never identifiers. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import',
  'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
  'with', 'yield',
]);

export class ParserBase {
  protected pos = 0;
  protected tok: Token;
  /** The most recently consumed token (kept to avoid rebuilding it for every node's span). */
  private prevTok: Token | null = null;
  /** The furthest token index looked at, speculation included (CPython's `p->fill - 1`). */
  protected furthest = 0;
  /** The furthest token index looked at outside speculation (CPython's first pass). */
  protected furthestMain = 0;
  /** Depth of speculative parses in progress. */
  protected speculating = 0;
  /** The first unsupported construct seen; reported only if the file parses. */
  protected pendingUnsupported: PySyntaxError | null = null;
  /**
   * Errors raised by grammar actions (string literal decoding): CPython raises those in
   * whichever pass and rule runs the action, so no speculative parse may swallow them.
   */
  protected readonly actionErrors = new WeakSet<PySyntaxError>();
  /** Expressions that were written in parentheses (CPython's grammar can tell; the AST cannot). */
  protected readonly parenthesized = new WeakSet<ast.Expr>();
  /** Nesting depth of (), [], {} around the current position (for "forgot a comma"). */
  protected bracketDepth = 0;

  constructor(
    protected readonly file: SourceFile,
    protected readonly tokens: TokenList,
    /** The tokenizer's error, thrown when the cursor reaches the trailing ERRORTOKEN. */
    protected readonly tokenError: PySyntaxError | null = null,
  ) {
    this.tok = tokens.get(0);
  }

  // ---- cursor ----

  protected next(): Token {
    const t = this.tok;
    this.prevTok = t;
    if (this.pos < this.tokens.length - 1) this.tok = this.tokens.get(++this.pos);
    this.touch(this.pos);
    if (this.tok.kind === 'ERRORTOKEN') throw this.tokenError!;
    return t;
  }

  /** Look ahead for a diagnosis only: not counted as read (see `furthestMain`). */
  protected lookahead(n = 1): Token {
    return this.tokens.get(Math.min(this.pos + n, this.tokens.length - 1));
  }

  private touch(i: number): void {
    if (i > this.furthest) this.furthest = i;
    if (this.speculating === 0 && i > this.furthestMain) this.furthestMain = i;
  }

  /** The token `n` ahead, read as the grammar needs it (counts for error positions). */
  protected peek(n = 1): Token {
    const i = Math.min(this.pos + n, this.tokens.length - 1);
    this.touch(i);
    const t = this.tokens.get(i);
    if (t.kind === 'ERRORTOKEN') throw this.tokenError!;
    return t;
  }

  /** The most recently consumed token. */
  protected get prev(): Token {
    return this.prevTok!;
  }

  protected reset(pos: number): void {
    this.pos = pos;
    this.tok = this.tokens.get(pos);
    this.prevTok = pos > 0 ? this.tokens.get(pos - 1) : null;
  }

  /** Kind test that TypeScript does not narrow across `next()` calls. */
  protected at(kind: TokenKind): boolean {
    return this.tok.kind === kind;
  }

  /** At the DEDENT/ENDMARKER tokens that end the file. */
  protected atEndOfFile(): boolean {
    return ParserBase.isEndOfFile(this.tok, this.file);
  }

  static isEndOfFile(t: Token, file: SourceFile): boolean {
    // (An f-string field's ENDMARKER has a column: it stands for a `)`, not for end of file.)
    return (t.kind === 'ENDMARKER' && t.col < 0) || (t.kind === 'DEDENT' && t.start >= file.source.length);
  }

  protected isOp(op: string): boolean {
    return this.tok.kind === 'OP' && this.tok.value === op;
  }

  protected isKeyword(kw: string): boolean {
    return this.tok.kind === 'NAME' && this.tok.value === kw;
  }

  protected eatOp(op: string): boolean {
    if (!this.isOp(op)) return false;
    this.next();
    return true;
  }

  protected eatKeyword(kw: string): boolean {
    if (!this.isKeyword(kw)) return false;
    this.next();
    return true;
  }

  protected expectOp(op: string): Token {
    if (!this.isOp(op)) throw this.invalidSyntax();
    return this.next();
  }

  /** A "forced" token (CPython's `&&'x'`): its absence is "expected 'x'". */
  protected forceOp(op: string): Token {
    if (!this.isOp(op)) throw this.errorAtToken(this.tok, `expected '${op}'`);
    return this.next();
  }

  protected expectKeyword(kw: string): Token {
    if (!this.isKeyword(kw)) throw this.invalidSyntax();
    return this.next();
  }

  /** A NAME token that is not a keyword. */
  protected isIdentifier(t: Token = this.tok): boolean {
    return t.kind === 'NAME' && !KEYWORDS.has(t.value);
  }

  protected expectIdentifier(): Token {
    if (!this.isIdentifier()) throw this.invalidSyntax();
    return this.next();
  }

  /**
   * Try `parse` as a diagnosis (CPython's second pass): its result, or null with the position
   * restored if it fails. Tokens it reads do not move the generic error's position. A
   * tokenizer error it runs into is raised, as CPython raises it whenever a token is read;
   * with `withInvalidRules`, so is any specific error (CPython's invalid_* rules raise at once).
   */
  protected tryParse<T>(parse: () => T, withInvalidRules = false): T | null {
    const save = this.pos;
    this.speculating++;
    try {
      return parse();
    } catch (e) {
      if (!(e instanceof PySyntaxError) || e === this.tokenError || this.actionErrors.has(e)) throw e;
      if (withInvalidRules && e.msg !== 'invalid syntax') throw e;
      this.reset(save);
      return null;
    } finally {
      this.speculating--;
    }
  }

  // ---- locations ----

  /** Span from token `start` to the end of the last consumed token. */
  protected span(start: Token): ast.Located {
    const end = this.prev;
    return { lineno: start.lineno, col_offset: start.col, end_lineno: end.endLineno, end_col_offset: end.endCol };
  }

  /** Span from node/token-derived `start` to the end of the last consumed token. */
  protected spanFrom(start: ast.Located): ast.Located {
    const end = this.prev;
    return { lineno: start.lineno, col_offset: start.col_offset, end_lineno: end.endLineno, end_col_offset: end.endCol };
  }

  protected static between(a: ast.Located, b: ast.Located): ast.Located {
    return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
  }

  protected static tokenSpan(t: Token): ast.Located {
    return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
  }

  // ---- errors ----

  /** CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _RANGE: the span of a node or nodes. */
  protected errorAt(span: SourceSpan, msg: string, type: SyntaxErrorType = 'SyntaxError'): PySyntaxError {
    return this.file.error(span, msg, type);
  }

  /**
   * CPython's RAISE_SYNTAX_ERROR at the last token read. Tokens without a column (DEDENT,
   * ENDMARKER) give offset 0, as CPython's scanner position is then at the line start.
   */
  protected errorAtToken(t: Token, msg: string, type: SyntaxErrorType = 'SyntaxError'): PySyntaxError {
    if (t.col < 0) {
      return new PySyntaxError(type, msg, this.file.filename, t.lineno, 0, t.lineno, -1, this.file.lineText(t.lineno));
    }
    return this.errorAt(ParserBase.tokenSpan(t), msg, type);
  }

  /**
   * The generic error: "invalid syntax" (or "unexpected indent") at the furthest token the
   * main parse has read, which is where CPython's first pass stopped.
   */
  protected invalidSyntax(t: Token = this.tokens.get(Math.max(this.pos, this.furthestMain))): PySyntaxError {
    if (t.kind === 'INDENT') {
      return new PySyntaxError('IndentationError', 'unexpected indent', this.file.filename,
        t.lineno, t.endCol, t.lineno, -1, this.file.lineText(t.lineno));
    }
    if (t.kind === 'DEDENT') return this.errorAtToken(t, 'unexpected unindent', 'IndentationError');
    return this.errorAtToken(t, 'invalid syntax');
  }

  /** Record an unsupported construct; it is raised once the whole file has parsed. */
  protected unsupportedAt(span: SourceSpan, construct: string): void {
    this.pendingUnsupported ??= this.file.error(span, `${construct} is not supported by corevm`);
  }
}
