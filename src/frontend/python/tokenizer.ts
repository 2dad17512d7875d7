// Python 3.11 tokenizer: source text -> TokenList (NAME, NUMBER, STRING, OP, NEWLINE, INDENT,
// DEDENT, ENDMARKER), following CPython's Parser/tokenizer.c rules, error messages and error
// positions.
// It only delimits tokens: string escapes and f-string contents are decoded later by
// string-literals.ts. It scans by char code and slices the source; no regexes in hot loops.
// Every bad input becomes a PySyntaxError; it never throws a plain JS Error.

import { PySyntaxError, SourceFile, type SyntaxErrorType } from '../diagnostics.js';

export type TokenKind =
  | 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER'
  /** Stands where tokenizing failed; the parser raises `TokenizeResult.error` on reaching it. */
  | 'ERRORTOKEN';

/** One token. Columns are 0-based code points; `start`/`end` are code-unit offsets. */
export class Token {
  constructor(
    readonly kind: TokenKind,
    /** NAME: the (NFKC-normalized) identifier; OP: the operator; NUMBER/STRING: source text. */
    readonly value: string,
    readonly start: number,
    readonly end: number,
    readonly lineno: number,
    readonly col: number,
    readonly endLineno: number,
    readonly endCol: number,
  ) {}
}

const KINDS: readonly TokenKind[] = [
  'NAME', 'NUMBER', 'STRING', 'OP', 'NEWLINE', 'INDENT', 'DEDENT', 'ENDMARKER', 'ERRORTOKEN',
];
const KIND_CODE = new Map(KINDS.map((k, i) => [k, i]));

/**
 * The token stream, stored column-wise in typed arrays: a 5,000-line file has some 50,000
 * tokens, and keeping them as objects doubled the parser's garbage-collection work. `get`
 * builds a short-lived Token view; text values are sliced from the source when asked for.
 */
export class TokenList {
  length = 0;
  private kinds = new Uint8Array(256);
  private ints = new Int32Array(256 * 6);
  /** NAME values that differ from their source text (NFKC-normalized identifiers). */
  private readonly names = new Map<number, string>();

  constructor(private readonly source: string) {}

  push(kind: TokenKind, start: number, end: number, lineno: number, col: number,
    endLineno: number, endCol: number, name?: string): void {
    const i = this.length++;
    if (i === this.kinds.length) this.grow();
    this.kinds[i] = KIND_CODE.get(kind)!;
    const ints = this.ints;
    const j = i * 6;
    ints[j] = start;
    ints[j + 1] = end;
    ints[j + 2] = lineno;
    ints[j + 3] = col;
    ints[j + 4] = endLineno;
    ints[j + 5] = endCol;
    if (name !== undefined) this.names.set(i, name);
  }

  kindAt(i: number): TokenKind {
    return KINDS[this.kinds[i]!]!;
  }

  get(i: number): Token {
    const kind = KINDS[this.kinds[i]!]!;
    const ints = this.ints;
    const j = i * 6;
    const start = ints[j]!;
    const end = ints[j + 1]!;
    const value = kind === 'NAME' || kind === 'OP' || kind === 'NUMBER' || kind === 'STRING'
      ? this.names.get(i) ?? this.source.slice(start, end) : '';
    return new Token(kind, value, start, end, ints[j + 2]!, ints[j + 3]!, ints[j + 4]!, ints[j + 5]!);
  }

  private grow(): void {
    const kinds = new Uint8Array(this.kinds.length * 2);
    kinds.set(this.kinds);
    const ints = new Int32Array(this.ints.length * 2);
    ints.set(this.ints);
    this.kinds = kinds;
    this.ints = ints;
  }
}

/** An open bracket, remembered for "'(' was never closed" and mismatch messages. */
export interface OpenBracket {
  char: string;
  lineno: number;
  col: number;
}

export interface TokenizeResult {
  /** The tokens; if tokenizing failed they end with an ERRORTOKEN instead of ENDMARKER. */
  tokens: TokenList;
  /** The innermost bracket still open at end of file, or null. */
  unclosed: OpenBracket | null;
  /** The tokenizer's error, raised when the parser reaches it (CPython tokenizes lazily). */
  error: PySyntaxError | null;
}

/**
 * Messages that CPython's tokenizer reports through `tok->done` rather than by raising: a
 * scan of the rest of the file after a parse error does not surface them (see parser.ts).
 */
const STATUS_ONLY_ERRORS = new Set([
  'unindent does not match any outer indentation level',
  'inconsistent use of tabs and spaces in indentation',
  'too many levels of indentation',
  'unexpected EOF while parsing',
  'unexpected character after line continuation character',
]);

/** True if CPython's post-error scan of the remaining source would raise this error. */
export function raisedByScan(err: PySyntaxError): boolean {
  return !STATUS_ONLY_ERRORS.has(err.msg);
}

const MAX_INDENT_LEVELS = 100;
const MAX_PAREN_LEVELS = 200;
const TAB_SIZE = 8;

// Char codes used by the scanner.
const NL = 10, SPACE = 32, TAB = 9, FF = 12, HASH = 35, BACKSLASH = 92;
const QUOTE1 = 39, QUOTE2 = 34, DOT = 46, UNDERSCORE = 95;

/** Part of a file to tokenize on its own (an f-string field), as if inside brackets. */
export interface TokenizeRange {
  start: number;
  end: number;
  /** 1-based line of `start`. */
  lineno: number;
  inBrackets: boolean;
}

export function tokenize(file: SourceFile, range?: TokenizeRange): TokenizeResult {
  return new Tokenizer(file, range).run();
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === UNDERSCORE;
}

function isAsciiIdContinue(c: number): boolean {
  return isAsciiIdStart(c) || isDigit(c);
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** Python identifiers: XID_Start or `_`, then XID_Continue (PEP 3131); only for non-ASCII. */
const ID_START = /^[\p{XID_Start}_]$/u;
const ID_CONTINUE = /^\p{XID_Continue}$/u;

/** Valid string prefixes (lower-cased); the tokenizer checks the NAME before a quote. */
const STRING_PREFIXES = new Set(['r', 'u', 'f', 'b', 'br', 'rb', 'fr', 'rf']);

const BRACKET_PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

class Tokenizer {
  private readonly src: string;
  private pos = 0;
  private lineno = 1;
  private lineStart = 0;
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private readonly brackets: OpenBracket[] = [];
  private readonly tokens: TokenList;
  /** True while the current logical line has produced a token (a NEWLINE is then due). */
  private lineHasTokens = false;
  /** Where a comment that ends the file (without a newline) starts, else -1. */
  private eofCommentStart = -1;
  /** True right after a backslash continuation: the next line continues this one. */
  private continued = false;

  /** Offsets of `src` within the file: tokens and errors carry file positions. */
  private readonly posBase: number;
  private readonly lineBase: number;
  private readonly isRange: boolean;

  constructor(private readonly file: SourceFile, range?: TokenizeRange) {
    this.tokens = new TokenList(file.source);
    this.src = range ? file.source.slice(range.start, range.end) : file.source;
    this.posBase = range ? range.start : 0;
    this.lineBase = range ? range.lineno - 1 : 0;
    this.isRange = range !== undefined;
    if (range?.inBrackets) this.brackets.push({ char: '(', lineno: range.lineno, col: 0 });
  }

  run(): TokenizeResult {
    try {
      this.scanAll();
    } catch (e) {
      // An f-string field is tokenized while parsing: its errors are raised at once.
      if (!(e instanceof PySyntaxError) || this.isRange) throw e;
      const at = this.src.length + this.posBase;
      this.tokens.push('ERRORTOKEN', at, at, e.lineno, Math.max(e.offset - 1, 0), e.lineno, e.offset);
      return { tokens: this.tokens, unclosed: null, error: e };
    }
    const unclosed = this.brackets.length ? this.brackets[this.brackets.length - 1]! : null;
    return { tokens: this.tokens, unclosed, error: null };
  }

  private scanAll(): void {
    const src = this.src;
    while (this.pos < src.length) {
      if (!this.lineHasTokens && !this.continued && this.brackets.length === 0) {
        if (!this.indentation()) continue;
      }
      this.scanToken();
    }
    this.finish();
  }

  // ---- positions and errors ----

  /** Code-point column of local offset `pos`, which lies on the current line. */
  private col(pos: number): number {
    const line = this.lineno + this.lineBase;
    const abs = pos + this.posBase;
    if (this.file.unitsAreCodePoints) return abs - this.file.lineStarts[line - 1]!;
    return this.file.columnOf(abs, line);
  }

  /** Add a one-line token; `name` only for an identifier whose value differs from its text. */
  private push(kind: TokenKind, start: number, end: number, name?: string): void {
    const col = this.col(start);
    const endCol = this.col(end);
    const line = this.lineno + this.lineBase;
    const base = this.posBase;
    this.tokens.push(kind, start + base, end + base, line, col, line, endCol, name);
    this.lineHasTokens = true;
    this.continued = false;
  }

  /** Error at 1-based columns of the current line (CPython's syntaxerror_known_range). */
  private errorAt(msg: string, offset: number, endOffset = offset, type: SyntaxErrorType = 'SyntaxError'): PySyntaxError {
    const line = this.lineno + this.lineBase;
    const text = this.file.lineText(line);
    return new PySyntaxError(type, msg, this.file.filename, line, offset, line, endOffset, text);
  }

  /** CPython's syntaxerror(): the column is the scanner position (1-based, points before it). */
  private errorAtPos(msg: string, pos: number): PySyntaxError {
    const offset = this.col(pos);
    return this.errorAt(msg, offset, offset);
  }

  private newline(at: number): void {
    this.lineno++;
    this.lineStart = at + 1;
  }

  // ---- indentation at the start of a logical line ----

  /**
   * Measure the indentation of the line starting at `pos`. Blank and comment-only lines are
   * skipped entirely (returns false); otherwise emits INDENT/DEDENT tokens and returns true.
   */
  private indentation(): boolean {
    const src = this.src;
    let p = this.pos;
    let col = 0;
    let altcol = 0;
    let contCol = -1;
    for (;; p++) {
      const c = src.charCodeAt(p);
      if (c === SPACE) { col++; altcol++; }
      else if (c === TAB) { col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE; altcol++; }
      else if (c === FF) { col = 0; altcol = 0; }
      else if (c === BACKSLASH) {
        // A backslash in the indentation joins lines; the first one fixes the indent.
        if (contCol < 0) contCol = col;
        this.scanContinuation(p);
        p = this.pos - 1;
      } else break;
    }
    // As in CPython, a continuation at column 0 does not count (its cont_line_col is 0).
    if (contCol > 0) {
      col = contCol;
      altcol = contCol;
    }
    this.continued = false;
    const c = src.charCodeAt(p);
    if (c === HASH || c === NL || p >= src.length) {
      this.skipBlankLine(p);
      return false;
    }
    this.pos = p;
    this.applyIndent(col, altcol, p);
    return true;
  }

  private skipBlankLine(p: number): void {
    const src = this.src;
    const nl = src.indexOf('\n', p);
    if (nl < 0) {
      this.pos = src.length;
      return;
    }
    this.pos = nl + 1;
    this.newline(nl);
  }

  private applyIndent(col: number, altcol: number, p: number): void {
    const indents = this.indents;
    const alts = this.altIndents;
    const top = indents[indents.length - 1]!;
    if (col === top) {
      if (altcol !== alts[alts.length - 1]) throw this.tabError();
    } else if (col > top) {
      if (indents.length >= MAX_INDENT_LEVELS) {
        throw this.errorAt('too many levels of indentation', this.col(p) + 1, -1, 'IndentationError');
      }
      if (altcol <= alts[alts.length - 1]!) throw this.tabError();
      indents.push(col);
      alts.push(altcol);
      this.push('INDENT', this.lineStart, p);
      this.lineHasTokens = false;
    } else {
      this.dedentTo(col, altcol, p);
    }
  }

  private dedentTo(col: number, altcol: number, p: number): void {
    const indents = this.indents;
    const alts = this.altIndents;
    let level = indents.length - 1;
    while (level > 0 && col < indents[level]!) level--;
    // Checked before any DEDENT is emitted, as CPython does.
    if (col !== indents[level]) {
      const lineLen = this.lineLength();
      throw this.errorAt('unindent does not match any outer indentation level', lineLen + 1, -1, 'IndentationError');
    }
    if (altcol !== alts[level]) throw this.tabError();
    const line = this.lineno + this.lineBase;
    while (indents.length - 1 > level) {
      indents.pop();
      alts.pop();
      // Like CPython, DEDENT has no column (-1): errors at it point at the scanner position.
      this.tokens.push('DEDENT', p + this.posBase, p + this.posBase, line, -1, line, -1);
    }
  }

  private tabError(): PySyntaxError {
    return this.errorAt('inconsistent use of tabs and spaces in indentation', 1, 0, 'TabError');
  }

  /** Length in code points of the current line, without its newline. */
  private lineLength(): number {
    const nl = this.src.indexOf('\n', this.lineStart);
    return this.col(nl < 0 ? this.src.length : nl);
  }

  // ---- one token ----

  private scanToken(): void {
    const src = this.src;
    let p = this.pos;
    let c = src.charCodeAt(p);
    while (c === SPACE || c === TAB || c === FF) c = src.charCodeAt(++p);
    this.pos = p;
    if (p >= src.length) return;
    if (c === HASH) {
      // CPython's NEWLINE token starts at a comment that precedes it.
      const nl = src.indexOf('\n', p);
      if (nl >= 0) return this.scanNewline(nl, p);
      this.pos = src.length;
      this.eofCommentStart = p;
      return;
    }
    if (c === NL) return this.scanNewline(p, p);
    if (c === BACKSLASH) return this.scanContinuation(p);
    if (isAsciiIdStart(c) || c >= 128) return this.scanNameOrString(p);
    if (isDigit(c) || (c === DOT && isDigit(src.charCodeAt(p + 1)))) return this.scanNumber(p);
    if (c === QUOTE1 || c === QUOTE2) return this.scanString(p, p);
    this.scanOperator(p);
  }

  private scanNewline(p: number, start: number): void {
    if (this.brackets.length === 0) {
      this.push('NEWLINE', start, p);
      this.lineHasTokens = false;
    }
    this.pos = p + 1;
    this.newline(p);
  }

  private scanContinuation(p: number): void {
    const src = this.src;
    if (p + 1 >= src.length) {
      throw this.errorAt('unexpected EOF while parsing', 0, -1);
    }
    if (src.charCodeAt(p + 1) !== NL) {
      const offset = this.col(p + 1) + 1;
      throw this.errorAt('unexpected character after line continuation character', offset, 0);
    }
    if (p + 2 >= src.length) {
      const offset = this.col(p + 2);
      throw this.errorAt('unexpected EOF while parsing', offset, -1);
    }
    this.pos = p + 2;
    this.newline(p + 1);
    this.continued = true;
  }

  // ---- names and prefixed strings ----

  private scanNameOrString(p: number): void {
    const src = this.src;
    const start = p;
    let ascii = true;
    for (;;) {
      const c = src.charCodeAt(p);
      if (isAsciiIdContinue(c)) { p++; continue; }
      if (c < 128 || Number.isNaN(c)) break;
      const cp = src.codePointAt(p)!;
      const ch = String.fromCodePoint(cp);
      if (!(p === start ? ID_START : ID_CONTINUE).test(ch)) break;
      ascii = false;
      p += ch.length;
    }
    if (p === start) throw this.invalidCharacter(p);
    const c = src.charCodeAt(p);
    if ((c === QUOTE1 || c === QUOTE2) && p - start <= 2 && ascii &&
        STRING_PREFIXES.has(src.slice(start, p).toLowerCase())) {
      return this.scanString(start, p);
    }
    if (ascii) {
      this.push('NAME', start, p);
    } else {
      const text = src.slice(start, p);
      const name = text.normalize('NFKC');
      this.push('NAME', start, p, name === text ? undefined : name);
    }
    this.pos = p;
  }

  private invalidCharacter(p: number): PySyntaxError {
    const cp = this.src.codePointAt(p)!;
    const ch = String.fromCodePoint(cp);
    const hex = cp.toString(16).toUpperCase().padStart(4, '0');
    const msg = isPrintable(ch)
      ? `invalid character '${ch}' (U+${hex})`
      : `invalid non-printable character U+${hex}`;
    return this.errorAtPos(msg, p + ch.length);
  }

  // ---- strings (delimiting only; decoding is string-literals.ts's job) ----

  private scanString(start: number, quotePos: number): void {
    const src = this.src;
    const q = src.charCodeAt(quotePos);
    const triple = src.charCodeAt(quotePos + 1) === q && src.charCodeAt(quotePos + 2) === q;
    const startLine = this.lineno;
    const startCol = this.col(start);
    let p = quotePos + (triple ? 3 : 1);
    for (;;) {
      if (p >= src.length) throw this.unterminated(triple, startLine, startCol, src.length - 1);
      const c = src.charCodeAt(p);
      if (c === q) {
        if (!triple) { p++; break; }
        if (src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q) { p += 3; break; }
        p++;
      } else if (c === BACKSLASH) {
        if (src.charCodeAt(p + 1) === NL) this.newline(p + 1);
        p += 2;
      } else if (c === NL) {
        if (!triple) throw this.unterminated(false, startLine, startCol, p);
        this.newline(p);
        p++;
      } else {
        p++;
      }
    }
    this.pushString(start, p, startLine, startCol);
  }

  private pushString(start: number, end: number, startLine: number, startCol: number): void {
    const base = this.posBase;
    this.tokens.push('STRING', start + base, end + base,
      startLine + this.lineBase, startCol, this.lineno + this.lineBase, this.col(end));
    this.lineHasTokens = true;
    this.pos = end;
  }

  private unterminated(triple: boolean, line: number, col: number, lastPos: number): PySyntaxError {
    const detected = this.file.lineOf(Math.max(lastPos, 0) + this.posBase);
    line += this.lineBase;
    const kind = triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
    const msg = `${kind} (detected at line ${detected})`;
    let text = this.file.lineText(line);
    if (text !== null && text.endsWith('\n')) text = text.slice(0, -1);
    return new PySyntaxError('SyntaxError', msg, this.file.filename, line, col + 1, line, col + 1, text);
  }

  // ---- numbers (CPython's tok_get number branch, same error positions) ----

  private scanNumber(start: number): void {
    const src = this.src;
    let p = start;
    const c = src.charCodeAt(p);
    if (c === 48 /* 0 */) {
      const c1 = src.charCodeAt(p + 1) | 0x20;
      if (c1 === 120 /* x */) p = this.radixDigits(p + 2, 16, 'hexadecimal');
      else if (c1 === 111 /* o */) p = this.radixDigits(p + 2, 8, 'octal');
      else if (c1 === 98 /* b */) p = this.radixDigits(p + 2, 2, 'binary');
      else p = this.zeroNumber(p + 1, start);
    } else if (c === DOT) {
      p = this.fraction(p + 1);
    } else {
      p = this.decimalTail(p);
      p = this.afterInteger(p);
    }
    this.push('NUMBER', start, p);
    this.pos = p;
  }

  /** Digits after `0x`/`0o`/`0b`, with single underscores between them. */
  private radixDigits(p: number, radix: number, kind: string): number {
    const src = this.src;
    let c = src.charCodeAt(p);
    do {
      if (c === UNDERSCORE) c = src.charCodeAt(++p);
      if (!this.isRadixDigit(c, radix)) {
        if (radix !== 16 && isDigit(c)) {
          throw this.errorAtPos(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, p + 1);
        }
        throw this.errorAtPos(`invalid ${kind} literal`, p);
      }
      do c = src.charCodeAt(++p); while (this.isRadixDigit(c, radix));
    } while (c === UNDERSCORE);
    if (radix !== 16 && isDigit(c)) {
      throw this.errorAtPos(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, p + 1);
    }
    this.verifyEndOfNumber(p, kind);
    return p;
  }

  private isRadixDigit(c: number, radix: number): boolean {
    if (radix === 16) return isHexDigit(c);
    return c >= 48 && c < 48 + radix;
  }

  /** A number starting with `0` that is not `0x`/`0o`/`0b`: zeros, or a float/imaginary. */
  private zeroNumber(p: number, start: number): number {
    const src = this.src;
    for (;;) {
      let c = src.charCodeAt(p);
      if (c === UNDERSCORE) {
        c = src.charCodeAt(++p);
        if (!isDigit(c)) throw this.errorAtPos('invalid decimal literal', p);
      }
      if (c !== 48) break;
      p++;
    }
    const zerosEnd = p + 1;
    let nonzero = false;
    if (isDigit(src.charCodeAt(p))) {
      nonzero = true;
      p = this.decimalTail(p);
    }
    const c = src.charCodeAt(p);
    if (c === DOT || c === 101 || c === 69 || c === 106 || c === 74) return this.afterInteger(p);
    if (nonzero) {
      throw this.errorAt(
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        this.col(start) + 1, this.col(Math.min(zerosEnd, src.length)));
    }
    this.verifyEndOfNumber(p, 'decimal');
    return p;
  }

  /** Digits with single underscores between them, starting at a digit. */
  private decimalTail(p: number): number {
    const src = this.src;
    for (;;) {
      while (isDigit(src.charCodeAt(p))) p++;
      if (src.charCodeAt(p) !== UNDERSCORE) return p;
      if (!isDigit(src.charCodeAt(p + 1))) throw this.errorAtPos('invalid decimal literal', p + 1);
      p++;
    }
  }

  /** After the integer part of a decimal: optional fraction, exponent, imaginary suffix. */
  private afterInteger(p: number): number {
    if (this.src.charCodeAt(p) === DOT) return this.fraction(p + 1);
    return this.exponentAndSuffix(p);
  }

  private fraction(p: number): number {
    if (isDigit(this.src.charCodeAt(p))) p = this.decimalTail(p);
    return this.exponentAndSuffix(p);
  }

  private exponentAndSuffix(p: number): number {
    const src = this.src;
    let c = src.charCodeAt(p);
    if (c === 101 || c === 69) {
      let q = p + 1;
      c = src.charCodeAt(q);
      if (c === 43 || c === 45) {
        q++;
        if (!isDigit(src.charCodeAt(q))) throw this.errorAtPos('invalid decimal literal', q);
      } else if (!isDigit(c)) {
        this.verifyEndOfNumber(p, 'decimal');
        return p;
      }
      p = this.decimalTail(q);
      c = src.charCodeAt(p);
    }
    if (c === 106 || c === 74) {
      this.verifyEndOfNumber(p + 1, 'imaginary');
      return p + 1;
    }
    this.verifyEndOfNumber(p, 'decimal');
    return p;
  }

  /**
   * A number may not run into an identifier, except before the keywords that can follow a
   * number in valid code (`1if x else y`; CPython only warns there).
   */
  private verifyEndOfNumber(p: number, kind: string): void {
    const src = this.src;
    const c = src.charCodeAt(p);
    // CPython 3.11.7 objects only to ASCII identifier characters here (not to all of
    // is_potential_identifier_char); others become "invalid character" tokens next.
    if (!isAsciiIdContinue(c)) return;
    const rest = src.slice(p, p + 4);
    if (/^(and|else|for|if|in|is|or|not)/.test(rest)) return;
    throw this.errorAtPos(`invalid ${kind} literal`, p);
  }

  // ---- operators and brackets ----

  private scanOperator(p: number): void {
    const len = operatorLength(this.src, p);
    if (len === 0) return this.badCharacter(p);
    if (len === 1) this.trackBracket(this.src[p]!, p);
    this.push('OP', p, p + len);
    this.pos = p + len;
  }

  /** Characters that are not tokens: `$`, `?`, `` ` ``, a lone `!` are OP-like errors in CPython. */
  private badCharacter(p: number): void {
    const c = this.src.charCodeAt(p);
    if (c === 36 || c === 63 || c === 96 || c === 33) {
      // CPython returns an ERRORTOKEN here; the parser reports "invalid syntax" at it.
      this.push('OP', p, p + 1);
      this.pos = p + 1;
      return;
    }
    throw this.invalidCharacter(p);
  }

  private trackBracket(op: string, p: number): void {
    if (op === '(' || op === '[' || op === '{') {
      if (this.brackets.length >= MAX_PAREN_LEVELS) {
        throw this.errorAtPos('too many nested parentheses', p + 1);
      }
      this.brackets.push({ char: op, lineno: this.lineno, col: this.col(p) });
      return;
    }
    const open = BRACKET_PAIRS[op];
    if (open === undefined) return;
    const top = this.brackets.pop();
    if (top === undefined) throw this.errorAtPos(`unmatched '${op}'`, p + 1);
    if (top.char !== open) {
      const where = top.lineno !== this.lineno ? ` on line ${top.lineno}` : '';
      throw this.errorAtPos(
        `closing parenthesis '${op}' does not match opening parenthesis '${top.char}'${where}`, p + 1);
    }
  }

  // ---- end of input ----

  private finish(): void {
    const src = this.src;
    const endsWithNewline = src.length > 0 && src.charCodeAt(src.length - 1) === NL;
    if (this.lineHasTokens && this.brackets.length === 0) {
      this.push('NEWLINE', this.eofCommentStart >= 0 ? this.eofCommentStart : src.length, src.length);
    }
    // EOF tokens sit on the last line of the file (CPython reports them there).
    if (this.isRange) {
      // An f-string field: ENDMARKER stands for the `)` CPython wraps the field in.
      const col = this.col(src.length);
      const line = this.lineno + this.lineBase;
      const end = src.length + this.posBase;
      this.tokens.push('ENDMARKER', end, end, line, col, line, col + 1);
      return;
    }
    const lastLine = endsWithNewline ? this.lineno - 1 : this.lineno;
    const line = Math.max(lastLine, 1) + this.lineBase;
    const end = src.length + this.posBase;
    // Inside brackets CPython's tokenizer reports end of file at once, with no DEDENTs.
    const dedents = this.brackets.length ? 0 : this.indents.length - 1;
    for (let i = 0; i < dedents; i++) {
      this.tokens.push('DEDENT', end, end, line, -1, line, -1);
    }
    this.tokens.push('ENDMARKER', end, end, line, -1, line, -1);
  }
}

/** Length of the operator at `p` (longest match), or 0 if none. */
function operatorLength(src: string, p: number): number {
  const c = src.charCodeAt(p);
  const c1 = src.charCodeAt(p + 1);
  const c2 = src.charCodeAt(p + 2);
  const EQ = 61;
  switch (c) {
    case 40: case 41: case 91: case 93: case 123: case 125: case 44: case 59: case 126:
      return 1; // ( ) [ ] { } , ; ~
    case 58: return c1 === EQ ? 2 : 1; // : :=
    case 46: return c1 === DOT && c2 === DOT ? 3 : 1; // . ...
    case 43: case 37: case 38: case 124: case 94: case 64: case 61:
      return c1 === EQ ? 2 : 1; // + % & | ^ @ =  (and +=, ==, ...)
    case 45: return c1 === EQ || c1 === 62 ? 2 : 1; // - -= ->
    case 33: return c1 === EQ ? 2 : 0; // !=
    case 42: case 47: // * ** *= **=  / // /= //=
      if (c1 === c) return c2 === EQ ? 3 : 2;
      return c1 === EQ ? 2 : 1;
    case 60: case 62: // < << <= <<=  > >> >= >>=
      if (c1 === c) return c2 === EQ ? 3 : 2;
      if (c === 60 && c1 === 62) return 2; // '<>' is tokenized, then rejected by the parser
      return c1 === EQ ? 2 : 1;
    default:
      return 0;
  }
}

/** Python's str.isprintable for one character, approximated with Unicode categories. */
function isPrintable(ch: string): boolean {
  if (ch === ' ') return true;
  return !/^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u.test(ch);
}
