// String literal decoding for the parser: one run of adjacent STRING tokens -> a Constant
// (str or bytes) or a JoinedStr (f-string), following CPython 3.11's Parser/string_parser.c:
// prefixes, every escape, implicit concatenation, f-string fields with `!r/!s/!a`, `=` and
// nested format specs. Errors use CPython's wording and its position (the token after the
// strings). Expressions inside f-strings are parsed by the caller's `parseExpr` callback.

import type { SourceSpan } from '../diagnostics.js';
import { PySyntaxError } from '../diagnostics.js';
import type * as ast from './ast.js';
import type { Token } from './tokenizer.js';

/** What the literal decoder needs from the parser. */
export interface StringContext {
  readonly source: string;
  /** The error for CPython's RAISE_SYNTAX_ERROR inside string parsing (at the next token). */
  error(msg: string): PySyntaxError;
  /** The error at a known span (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION). */
  errorAt(span: SourceSpan, msg: string): PySyntaxError;
  /** Parse source[start:end] as the expression of an f-string field. */
  parseExpr(start: number, end: number): ast.Expr;
  unsupported(span: SourceSpan, construct: string): void;
}

interface LiteralToken {
  tok: Token;
  raw: boolean;
  bytes: boolean;
  fstring: boolean;
  /** Absolute offsets of the text between the quotes. */
  bodyStart: number;
  bodyEnd: number;
}

function tokenSpan(t: Token): ast.Located {
  return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

function classify(tok: Token): LiteralToken {
  const text = tok.value;
  let i = 0;
  let raw = false, bytes = false, fstring = false;
  for (;; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c === 114) raw = true; // r
    else if (c === 98) bytes = true; // b
    else if (c === 102) fstring = true; // f
    else if (c !== 117) break; // u
  }
  const q = text[i]!;
  const quoteLen = text.startsWith(q + q + q, i) && text.length - i >= 6 ? 3 : 1;
  return {
    tok, raw, bytes, fstring,
    bodyStart: tok.start + i + quoteLen,
    bodyEnd: tok.end - quoteLen,
  };
}

/**
 * Decode a run of adjacent string tokens (CPython's `strings` rule), one token at a time as
 * _PyPegen_concatenate_strings does, so errors come in CPython's order: a token's own
 * decoding errors, then "cannot mix bytes and nonbytes literals", then its f-string fields.
 */
export function parseStrings(tokens: Token[], ctx: StringContext): ast.Constant | ast.JoinedStr {
  const parts = tokens.map(classify);
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const whole: ast.Located = {
    lineno: first.lineno, col_offset: first.col, end_lineno: last.endLineno, end_col_offset: last.endCol,
  };
  const kind = first.value.charCodeAt(0) === 117 /* u */ ? 'u' : null;
  const fstrings = parts.some((p) => p.fstring) ? new FStringBuilder(ctx, whole, kind) : null;
  const bytesMode = parts[0]!.bytes;
  const texts: string[] = [];
  for (const part of parts) {
    const text = part.fstring ? null : decodeBody(part, ctx);
    if (part.bytes !== bytesMode) throw ctx.error('cannot mix bytes and nonbytes literals');
    if (fstrings) fstrings.add(part, text);
    else texts.push(text!);
  }
  if (fstrings) return fstrings.finish();
  const value = texts.join('');
  if (bytesMode) return { type: 'Constant', value: { kind: 'bytes', value: toBytes(value) }, kind: null, ...whole };
  return { type: 'Constant', value: { kind: 'str', value }, kind, ...whole };
}

/** The decoded text of a plain (non-f) literal; bytes come back as char codes below 256. */
function decodeBody(part: LiteralToken, ctx: StringContext): string {
  if (!part.bytes) return decodeStrBody(part, ctx);
  const body = ctx.source.slice(part.bodyStart, part.bodyEnd);
  for (let i = 0; i < body.length; i++) {
    if (body.charCodeAt(i) >= 128) {
      throw ctx.errorAt(tokenSpan(part.tok), 'bytes can only contain ASCII literal characters');
    }
  }
  return part.raw || !body.includes('\\') ? body : decodeEscapes(body, true, ctx);
}

function toBytes(text: string): Uint8Array {
  const value = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) value[i] = text.charCodeAt(i) & 0xff;
  return value;
}

function decodeStrBody(part: LiteralToken, ctx: StringContext): string {
  const body = ctx.source.slice(part.bodyStart, part.bodyEnd);
  if (part.raw || !body.includes('\\')) return body;
  return decodeEscapes(body, false, ctx, tokenSpan(part.tok));
}

// ---- escapes (https://docs.python.org/3.11/reference/lexical_analysis.html#escape-sequences) ----

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r',
  t: '\t', v: '\v',
};

function isOctal(c: number): boolean {
  return c >= 48 && c <= 55;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/**
 * Decode backslash escapes in a (non-raw) literal body. Bytes bodies keep `\u`, `\U`, `\N`
 * verbatim and yield char codes < 256. Unknown escapes keep their backslash (CPython warns).
 */
export function decodeEscapes(body: string, bytes: boolean, ctx: StringContext, span?: SourceSpan): string {
  const out: string[] = [];
  let chunkStart = 0;
  let i = body.indexOf('\\');
  while (i >= 0 && i < body.length) {
    if (i > chunkStart) out.push(body.slice(chunkStart, i));
    const [text, next] = decodeOneEscape(body, i, bytes, ctx, span);
    out.push(text);
    chunkStart = next;
    i = body.indexOf('\\', next);
  }
  if (chunkStart < body.length) out.push(body.slice(chunkStart));
  return out.join('');
}

/** Decode the escape whose backslash is at `i`; returns its text and the index after it. */
function decodeOneEscape(body: string, i: number, bytes: boolean, ctx: StringContext, span?: SourceSpan): [string, number] {
  const ch = body[i + 1];
  if (ch === undefined) return ['\\', i + 1];
  const simple = SIMPLE_ESCAPES[ch];
  if (simple !== undefined) return [simple, i + 2];
  const c = ch.charCodeAt(0);
  if (isOctal(c)) return octalEscape(body, i, bytes);
  if (ch === 'x') return hexEscape(body, i, 2, bytes, ctx);
  if (!bytes && (ch === 'u' || ch === 'U')) return hexEscape(body, i, ch === 'u' ? 4 : 8, bytes, ctx);
  if (!bytes && ch === 'N') return namedEscape(body, i, ctx, span);
  return ['\\' + ch, i + 2];
}

function octalEscape(body: string, i: number, bytes: boolean): [string, number] {
  let v = 0;
  let j = i + 1;
  while (j < i + 4 && j < body.length && isOctal(body.charCodeAt(j))) v = v * 8 + body.charCodeAt(j++) - 48;
  return [String.fromCharCode(bytes ? v & 0xff : v), j];
}

function hexEscape(body: string, i: number, count: number, bytes: boolean, ctx: StringContext): [string, number] {
  let v = 0;
  let j = i + 2;
  for (; j < i + 2 + count; j++) {
    const h = j < body.length ? hexValue(body.charCodeAt(j)) : -1;
    if (h < 0) {
      if (bytes) throw ctx.error(`(value error) invalid \\x escape at position ${i}`);
      const what = count === 2 ? '\\xXX' : count === 4 ? '\\uXXXX' : '\\UXXXXXXXX';
      throw ctx.error(unicodeError(i, j - 1, `truncated ${what} escape`));
    }
    v = v * 16 + h;
  }
  if (v > 0x10ffff) throw ctx.error(unicodeError(i, j - 1, 'illegal Unicode character'));
  return [bytes ? String.fromCharCode(v) : String.fromCodePoint(v), j];
}

function unicodeError(start: number, end: number, reason: string): string {
  return `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${end}: ${reason}`;
}

/** `\N{name}` needs the Unicode name database, which corevm does not carry. */
function namedEscape(body: string, i: number, ctx: StringContext, span?: SourceSpan): [string, number] {
  const close = body.charCodeAt(i + 2) === 123 ? body.indexOf('}', i + 3) : -1;
  if (close < 0) throw ctx.error(unicodeError(i, body.length - 1, 'malformed \\N character escape'));
  if (span) ctx.unsupported(span, "'\\N{...}' escape");
  return ['\uFFFD', close + 1];
}

// ---- f-strings (CPython 3.11 fstring_find_literal / fstring_find_expr) ----

/** What follows a field's expression, while it is parsed. */
interface FieldState {
  /** Scan position in the source. */
  p: number;
  debugText: string | null;
  conversion: number;
  spec: ast.JoinedStr | null;
}

/** CPython's Py_ISSPACE: ASCII whitespace only. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

const MAX_FSTRING_PARENS = 200;

class FStringBuilder {
  private values: (ast.Constant | ast.FormattedValue)[] = [];
  private pendingText: string[] = [];
  private src: string;

  constructor(
    private readonly ctx: StringContext,
    private readonly whole: ast.Located,
    private readonly kind: string | null,
  ) {
    this.src = ctx.source;
  }

  /** Append one token: decoded plain text, or (text null) an f-string to parse. */
  add(part: LiteralToken, text: string | null): void {
    if (text !== null) {
      this.pendingText.push(text);
      return;
    }
    const end = this.parseFString(part, part.bodyStart, 0);
    if (end < part.bodyEnd) throw this.ctx.error('f-string: unexpected end of string');
  }

  finish(): ast.JoinedStr {
    this.flushText();
    return { type: 'JoinedStr', values: this.values, ...this.whole };
  }

  /** Turn pending literal text into a Constant spanning `span` (CPython's make_str_node). */
  private flushText(span: ast.Located = this.whole): void {
    const text = this.pendingText.join('');
    this.pendingText = [];
    if (text.length === 0) return;
    this.values.push({ type: 'Constant', value: { kind: 'str', value: text }, kind: this.kind, ...span });
  }

  /**
   * Parse literal text and fields from `p` until the body ends or (in a format spec, level 1)
   * a closing `}`. Returns the position reached.
   */
  private parseFString(part: LiteralToken, p: number, level: number): number {
    for (;;) {
      p = this.literal(part, p, level);
      if (p >= part.bodyEnd || this.src.charCodeAt(p) === 125 /* } */) return p;
      p = this.field(part, p, level);
    }
  }

  /** Literal text up to the next single `{` (or `}` in a spec); `{{`/`}}` are undoubled. */
  private literal(part: LiteralToken, p: number, level: number): number {
    const src = this.src;
    const end = part.bodyEnd;
    let start = p;
    while (p < end) {
      let c = src.charCodeAt(p++);
      if (!part.raw && c === 92 /* \ */ && p < end) {
        c = src.charCodeAt(p++);
        if (c === 78 /* N */ && src.charCodeAt(p) === 123) {
          while (p < end && src.charCodeAt(p++) !== 125) { /* skip \N{...} */ }
          continue;
        }
      }
      if (c !== 123 && c !== 125) continue;
      if (level === 0 && src.charCodeAt(p) === c && p < end) {
        this.addLiteral(part, start, p);
        start = ++p;
        continue;
      }
      if (level === 0 && c === 125) throw this.ctx.error("f-string: single '}' is not allowed");
      p--;
      break;
    }
    this.addLiteral(part, start, p);
    return p;
  }

  private addLiteral(part: LiteralToken, start: number, end: number): void {
    if (end <= start) return;
    const text = this.src.slice(start, end);
    this.pendingText.push(part.raw || !text.includes('\\') ? text : decodeEscapes(text, false, this.ctx, tokenSpan(part.tok)));
  }

  /** One `{expr[=][!c][:spec]}` field starting at its `{`; returns the index after `}`. */
  private field(part: LiteralToken, p: number, level: number): number {
    if (level >= 2) throw this.ctx.error('f-string: expressions nested too deeply');
    const exprStart = p + 1;
    const exprEnd = this.findExprEnd(part, exprStart);
    const value = this.compileExpr(exprStart, exprEnd);
    const f: FieldState = { p: exprEnd, debugText: null, conversion: -1, spec: null };
    this.debugSpecifier(part, f, exprStart);
    this.conversionSpecifier(part, f);
    if (f.p < part.bodyEnd && this.src.charCodeAt(f.p) === 58 /* : */) {
      if (++f.p >= part.bodyEnd) throw this.expectingBrace();
      [f.spec, f.p] = this.formatSpec(part, f.p, level);
    }
    if (f.p >= part.bodyEnd || this.src.charCodeAt(f.p) !== 125) throw this.expectingBrace();
    if (f.debugText !== null) {
      this.pendingText.push(f.debugText);
      // `{x=}` shows repr(x) unless a conversion or format spec says otherwise.
      if (f.spec === null && f.conversion === -1) f.conversion = 114;
    }
    this.flushText();
    this.values.push({ type: 'FormattedValue', value, conversion: f.conversion, format_spec: f.spec, ...this.whole });
    return f.p + 1;
  }

  /** `=` after the expression (3.8+): the expression's text, blanks included, is printed too. */
  private debugSpecifier(part: LiteralToken, f: FieldState, exprStart: number): void {
    if (this.src.charCodeAt(f.p) !== 61 /* = */) return;
    f.p++;
    while (f.p < part.bodyEnd && isAsciiSpace(this.src.charCodeAt(f.p))) f.p++;
    if (f.p >= part.bodyEnd) throw this.expectingBrace();
    f.debugText = this.src.slice(exprStart, f.p);
  }

  /** `!s`, `!r` or `!a`. */
  private conversionSpecifier(part: LiteralToken, f: FieldState): void {
    if (this.src.charCodeAt(f.p) !== 33 /* ! */) return;
    if (++f.p >= part.bodyEnd) throw this.expectingBrace();
    const c = this.src.charCodeAt(f.p++);
    if (c !== 115 && c !== 114 && c !== 97) {
      throw this.ctx.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    f.conversion = c;
  }

  private expectingBrace(): PySyntaxError {
    return this.ctx.error("f-string: expecting '}'");
  }

  /** A nested format spec: its own JoinedStr, spanning the first token to this one. */
  private formatSpec(part: LiteralToken, p: number, level: number): [ast.JoinedStr, number] {
    const outerValues = this.values;
    const outerText = this.pendingText;
    this.values = [];
    this.pendingText = [];
    p = this.parseFString(part, p, level + 1);
    if (p >= part.bodyEnd || this.src.charCodeAt(p) !== 125) throw this.expectingBrace();
    // CPython finishes a spec with this token's span; text flushed earlier spans all tokens.
    const span = tokenSpan(part.tok);
    this.flushText(span);
    const spec: ast.JoinedStr = { type: 'JoinedStr', values: this.values, ...span };
    this.values = outerValues;
    this.pendingText = outerText;
    return [spec, p];
  }

  /** Scan to the end of a field's expression: `!`, `:`, `}` or `=` at bracket depth 0. */
  private findExprEnd(part: LiteralToken, p: number): number {
    const src = this.src;
    const end = part.bodyEnd;
    const parens: number[] = [];
    for (; p < end; p++) {
      const c = src.charCodeAt(p);
      if (c === 92) throw this.ctx.error('f-string expression part cannot include a backslash');
      if (c === 39 || c === 34) {
        p = this.skipQuoted(p, end);
      } else if (c === 40 || c === 91 || c === 123) {
        if (parens.length >= MAX_FSTRING_PARENS) throw this.ctx.error('f-string: too many nested parenthesis');
        parens.push(c);
      } else if (c === 35) {
        throw this.ctx.error("f-string expression part cannot include '#'");
      } else if (parens.length === 0 && (c === 33 || c === 58 || c === 125 || c === 61 || c === 62 || c === 60)) {
        // `!=`, `==`, `<=`, `>=` and lone `<`, `>` belong to the expression.
        if (p + 1 < end && src.charCodeAt(p + 1) === 61 && c !== 58 && c !== 125) { p++; continue; }
        if (c === 62 || c === 60) continue;
        break;
      } else if (c === 41 || c === 93 || c === 125) {
        this.closeParen(parens, c);
      }
    }
    if (parens.length) throw this.ctx.error(`f-string: unmatched '${String.fromCharCode(parens[parens.length - 1]!)}'`);
    if (p >= end) throw this.expectingBrace();
    return p;
  }

  /** Skip a string inside a field's expression; returns the index of its closing quote. */
  private skipQuoted(p: number, end: number): number {
    const src = this.src;
    const q = src.charCodeAt(p);
    const triple = p + 2 < end && src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q;
    for (p += triple ? 3 : 1; p < end; p++) {
      const c = src.charCodeAt(p);
      if (c === 92) throw this.ctx.error('f-string expression part cannot include a backslash');
      if (c !== q) continue;
      if (!triple) return p;
      if (src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q) return p + 2;
    }
    throw this.ctx.error('f-string: unterminated string');
  }

  private closeParen(parens: number[], c: number): void {
    const ch = String.fromCharCode(c);
    const open = parens.pop();
    if (open === undefined) throw this.ctx.error(`f-string: unmatched '${ch}'`);
    if ((open === 40 && c !== 41) || (open === 91 && c !== 93) || (open === 123 && c !== 125)) {
      throw this.ctx.error(
        `f-string: closing parenthesis '${ch}' does not match opening parenthesis '${String.fromCharCode(open)}'`);
    }
  }

  private compileExpr(start: number, end: number): ast.Expr {
    const src = this.src;
    let p = start;
    while (p < end && (src[p] === ' ' || src[p] === '\t' || src[p] === '\n' || src[p] === '\f')) p++;
    if (p === end) {
      const c = src[end];
      if (c === '!' || c === ':' || c === '=') throw this.ctx.error(`f-string: expression required before '${c}'`);
      throw this.ctx.error('f-string: empty expression not allowed');
    }
    return this.ctx.parseExpr(start, end);
  }
}
