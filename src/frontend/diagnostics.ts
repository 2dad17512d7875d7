// The frontend's one error funnel: every bad input found by the tokenizer, parser or compiler
// becomes a PySyntaxError carrying file, line and column exactly like CPython 3.11's
// SyntaxError, and formatSyntaxError prints it the way CPython's top level does.
// Nothing here knows about tokens or AST nodes beyond a source span; the frontend must never
// throw a plain JS Error for bad input.

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

/** A span in CPython's convention: 1-based lines, 0-based code-point columns. */
export interface SourceSpan {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** A compile-time Python SyntaxError (or subclass) with CPython's fields. */
export class PySyntaxError extends Error {
  constructor(
    readonly pyType: SyntaxErrorType,
    readonly msg: string,
    public filename: string,
    readonly lineno: number,
    /**
     * 1-based column of the first offending character (CPython's `offset`), 0 for none. As in
     * CPython it counts UTF-8 bytes for parser and compiler errors, characters for tokenizer ones.
     */
    readonly offset: number,
    readonly endLineno: number,
    /** 1-based exclusive end column; -1 or 0 when CPython has none. */
    readonly endOffset: number,
    /** The source line, or null when unknown. */
    public text: string | null,
  ) {
    super(`${pyType}: ${msg} (${filename}, line ${lineno})`);
    this.name = 'PySyntaxError';
  }
}

/** A source text with its line table, used to attach line text and columns to errors. */
export class SourceFile {
  readonly lineStarts: number[];
  /** False when the text has astral characters, so code units and code points differ. */
  readonly unitsAreCodePoints: boolean;

  constructor(readonly source: string, readonly filename: string) {
    this.lineStarts = computeLineStarts(source);
    this.unitsAreCodePoints = !/[\uD800-\uDFFF]/.test(source);
  }

  /** The text of 1-based line `lineno`, including its newline if it has one. */
  lineText(lineno: number): string | null {
    if (lineno < 1 || lineno > this.lineStarts.length) return null;
    const start = this.lineStarts[lineno - 1]!;
    const end = lineno < this.lineStarts.length ? this.lineStarts[lineno]! : this.source.length;
    if (start >= this.source.length && lineno > 1) return null;
    return this.source.slice(start, end);
  }

  /** 1-based line of code-unit offset `pos`. */
  lineOf(pos: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 0-based code-point column of code-unit offset `pos` on 1-based line `lineno`. */
  columnOf(pos: number, lineno: number): number {
    const start = this.lineStarts[lineno - 1]!;
    if (this.unitsAreCodePoints) return pos - start;
    let col = 0;
    for (let i = start; i < pos; i++) {
      const c = this.source.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) col++;
    }
    return col;
  }

  /**
   * A SyntaxError (or subclass) at a span given in AST convention. Like CPython's parser and
   * compiler errors, the offsets count UTF-8 bytes (CPython's AST columns are byte offsets),
   * so on a line with non-ASCII text the caret lands where CPython's does.
   */
  error(span: SourceSpan, msg: string, pyType: SyntaxErrorType = 'SyntaxError'): PySyntaxError {
    return new PySyntaxError(
      pyType, msg, this.filename, span.lineno, this.byteColumn(span.lineno, span.col_offset) + 1,
      span.end_lineno, this.byteColumn(span.end_lineno, span.end_col_offset) + 1, this.lineText(span.lineno),
    );
  }

  /** UTF-8 byte length of the first `col` code points of line `lineno`. */
  byteColumn(lineno: number, col: number): number {
    const text = this.lineText(lineno);
    if (text === null || col <= 0 || !/[^\x00-\x7f]/.test(text)) return col;
    return Buffer.byteLength([...text].slice(0, col).join(''), 'utf8');
  }
}

/** Offsets at which each line starts; `\r\n`, `\r` and `\n` all end a line. */
function computeLineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (source.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * Throw `SyntaxError: <construct> is not supported by corevm` at `at`. Without `file` the
 * error has no filename or line text; callers that hold the SourceFile should pass it.
 */
export function unsupported(at: SourceSpan, construct: string, file?: SourceFile): never {
  const msg = `${construct} is not supported by corevm`;
  if (file) throw file.error(at, msg);
  throw new PySyntaxError(
    'SyntaxError', msg, '', at.lineno, at.col_offset + 1, at.end_lineno, at.end_col_offset + 1,
    null,
  );
}

/**
 * CPython 3.11's stderr text for an uncaught SyntaxError (Python/pythonrun.c,
 * print_exception_file_and_line + print_error_text): the line with leading blanks stripped,
 * a caret run under the offending span, then `Type: msg`. Ends with a newline.
 */
export function formatSyntaxError(err: PySyntaxError): string {
  let out = `  File "${err.filename}", line ${err.lineno}\n`;
  if (err.text !== null) out += formatErrorText(err);
  return out + `${err.pyType}: ${err.msg}\n`;
}

function formatErrorText(err: PySyntaxError): string {
  const text = err.text!;
  const lineSize = utf8Length(text);
  // Subclasses (IndentationError, TabError) are printed without an end column.
  let endOffset = err.pyType === 'SyntaxError' ? err.endOffset : -1;
  if (err.endLineno > err.lineno) endOffset = lineSize;
  if (endOffset > lineSize + 1) endOffset = lineSize + 1;
  const carets = endOffset > 0 && endOffset > err.offset ? endOffset - err.offset : 1;
  return printErrorText(err.offset, carets, text);
}

/**
 * CPython's print_error_text, which works on the UTF-8 text: the offset is clipped to the
 * line's byte length and becomes that many spaces before the carets.
 */
function printErrorText(offset1: number, carets: number, rawText: string): string {
  let text = rawText;
  let offset = offset1 - 1;
  let strip = 0;
  while (strip < text.length && (text[strip] === ' ' || text[strip] === '\t' || text[strip] === '\f')) strip++;
  text = text.slice(strip);
  offset -= strip;
  let len = utf8Length(text);
  if (text.endsWith('\n')) len--;
  if (offset > len) offset = len;
  // Show only the line of a multi-line text that holds the offset.
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n')) {
    const inl = utf8Length(text.slice(0, nl));
    if (inl >= offset) break;
    text = text.slice(nl + 1);
    len -= inl + 1;
    offset -= inl + 1;
  }
  let out = `    ${text}`;
  if (!text.endsWith('\n')) out += '\n';
  if (offset < 0) return out;
  return out + '    ' + ' '.repeat(offset) + '^'.repeat(carets) + '\n';
}

function utf8Length(s: string): number {
  return /[^\x00-\x7f]/.test(s) ? Buffer.byteLength(s, 'utf8') : s.length;
}
