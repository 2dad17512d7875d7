// Text algorithms behind str (and, on latin-1 strings, bytes): Python's whitespace and
// character classes, code-point index arithmetic with a fast path for strings without
// surrogates, and linear find/count/split/strip/replace/pad and case mapping. Pure functions
// on JS strings; the str methods that parse arguments and dispatch live in strings.ts.

import { typeError } from '../exceptions.js';
import { lookupType, strLength } from '../protocols.js';
import { typeOf } from '../types.js';
import type { PyValue } from '../values.js';
import { indexValue, intOf } from './numbers.js';

/** Python's whitespace: str.split(), str.strip() and str.isspace() use this set. */
export function isPySpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** bytes whitespace: space, \t \n \v \f \r. */
export function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

const HAS_SURROGATE = /[\ud800-\udfff]/;

const DIGIT_EXTRA = '\\u{b2}-\\u{b3}\\u{b9}\\u{1369}-\\u{1371}\\u{19da}\\u{2070}\\u{2074}-\\u{2079}\\u{2080}-\\u{2089}' +
  '\\u{2460}-\\u{2468}\\u{2474}-\\u{247c}\\u{2488}-\\u{2490}\\u{24ea}\\u{24f5}-\\u{24fd}\\u{24ff}\\u{2776}-\\u{277e}' +
  '\\u{2780}-\\u{2788}\\u{278a}-\\u{2792}\\u{10a40}-\\u{10a43}\\u{10e60}-\\u{10e68}\\u{11052}-\\u{1105a}\\u{1f100}-\\u{1f10a}';

/** Han characters with a numeric value (Numeric_Type=Numeric outside category N). */
const NUMERIC_EXTRA = '\\u{3405}\\u{3483}\\u{382a}\\u{3b4d}\\u{4e00}\\u{4e03}\\u{4e07}\\u{4e09}\\u{4e5d}\\u{4e8c}\\u{4e94}' +
  '\\u{4e96}\\u{4ebf}-\\u{4ec0}\\u{4edf}\\u{4ee8}\\u{4f0d}\\u{4f70}\\u{5104}\\u{5146}\\u{5169}\\u{516b}\\u{516d}\\u{5341}' +
  '\\u{5343}-\\u{5345}\\u{534c}\\u{53c1}-\\u{53c4}\\u{56db}\\u{58f1}\\u{58f9}\\u{5e7a}\\u{5efe}-\\u{5eff}\\u{5f0c}-\\u{5f0e}' +
  '\\u{5f10}\\u{62fe}\\u{634c}\\u{67d2}\\u{6f06}\\u{7396}\\u{767e}\\u{8086}\\u{842c}\\u{8cae}\\u{8cb3}\\u{8d30}\\u{9621}' +
  '\\u{9646}\\u{964c}\\u{9678}\\u{96f6}\\u{f96b}\\u{f973}\\u{f978}\\u{f9b2}\\u{f9d1}\\u{f9d3}\\u{f9fd}\\u{20001}\\u{20064}' +
  '\\u{200e2}\\u{20121}\\u{2092a}\\u{20983}\\u{2098c}\\u{2099c}\\u{20aea}\\u{20afd}\\u{20b19}\\u{22390}\\u{22998}' +
  '\\u{23b1b}\\u{2626d}\\u{2f890}';

export const RE = {
  decimal: /^\p{Nd}+$/u,
  digit: new RegExp(`^[\\p{Nd}${DIGIT_EXTRA}]+$`, 'u'),
  numeric: new RegExp(`^[\\p{N}${NUMERIC_EXTRA}]+$`, 'u'),
  alpha: /^\p{L}+$/u,
  alnum: new RegExp(`^[\\p{L}\\p{N}${NUMERIC_EXTRA}]+$`, 'u'),
  identifier: /^[\p{XID_Start}_]\p{XID_Continue}*$/u,
  printable: /^(?:[^\p{C}\p{Z}]|\x20)*$/u,
  ascii: /^[\x00-\x7f]*$/,
  upper: /\p{Uppercase}/u,
  lower: /\p{Lowercase}/u,
  title: /\p{Lt}/u,
  cased: /\p{Cased}/u,
  caseIgnorable: /\p{Case_Ignorable}/u,
};

function isUpperCp(ch: string): boolean {
  return RE.upper.test(ch);
}

function isLowerCp(ch: string): boolean {
  return RE.lower.test(ch);
}

function isCased(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return RE.cased.test(ch);
}

/** Titlecase mappings that differ from the uppercase one (digraphs, ligatures, ß). */
const TITLE_SPECIAL: Record<string, string> = {
  'ß': 'Ss', 'ǆ': 'ǅ', 'ǅ': 'ǅ', 'Ǆ': 'ǅ', 'ǉ': 'ǈ', 'ǈ': 'ǈ', 'Ǉ': 'ǈ', 'ǌ': 'ǋ', 'ǋ': 'ǋ', 'Ǌ': 'ǋ',
  'ǳ': 'ǲ', 'ǲ': 'ǲ', 'Ǳ': 'ǲ', 'ﬀ': 'Ff', 'ﬁ': 'Fi', 'ﬂ': 'Fl', 'ﬃ': 'Ffi', 'ﬄ': 'Ffl', 'ﬅ': 'St', 'ﬆ': 'St',
  'և': 'Եւ', 'ŉ': 'ʼN',
};

function titleChar(ch: string): string {
  return TITLE_SPECIAL[ch] ?? ch.toUpperCase();
}

/** Strings shorter than this are scanned every time; only longer ones enter the cache. */
const SHORT_TEXT = 64;

let lastText = '';

let lastHasSurrogates = false;

let prevText = '';

let prevHasSurrogates = false;

/** Whether s has surrogates (astral characters). Remembers the last two long strings asked
 *  about, so loops indexing one long string (text[i], s.find(x, i), s.startswith(p, i)) stay
 *  linear even when they also test short strings or compare two long ones. */
export function hasSurrogates(s: string): boolean {
  if (s.length < SHORT_TEXT) return HAS_SURROGATE.test(s);
  if (s === lastText) return lastHasSurrogates;
  const has = s === prevText ? prevHasSurrogates : HAS_SURROGATE.test(s);
  prevText = lastText;
  prevHasSurrogates = lastHasSurrogates;
  lastText = s;
  lastHasSurrogates = has;
  return has;
}

/** UTF-16 offset of code point index i (0 <= i <= length) in a string with surrogates. */
function cpOffset(s: string, i: number): number {
  let off = 0;
  for (let k = 0; k < i && off < s.length; k++) {
    const c = s.charCodeAt(off);
    off += c >= 0xd800 && c <= 0xdbff && off + 1 < s.length && (s.charCodeAt(off + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return off;
}

/** Code point index of a UTF-16 offset. */
export function cpIndex(s: string, off: number): number {
  return strLength(s.slice(0, off));
}

/** An int slice bound (None allowed) for find/count/startswith; bigints clamp. */
export function sliceArg(v: PyValue | undefined): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return v;
  const i = intOf(v) ?? (lookupType(typeOf(v), '__index__') !== undefined ? indexValue(v) : undefined);
  if (i === undefined) typeError('slice indices must be integers or None or have an __index__ method');
  return typeof i === 'bigint' ? (i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER) : i;
}

/** ADJUST_INDICES: [start, end] for a sequence of n items. */
export function adjustIndices(startArg: PyValue | undefined, endArg: PyValue | undefined, n: number): [number, number] {
  let start = sliceArg(startArg) ?? 0;
  let end = sliceArg(endArg) ?? n;
  if (end > n) end = n;
  else if (end < 0) end = Math.max(end + n, 0);
  if (start < 0) start = Math.max(start + n, 0);
  return [start, end];
}

/** A search window of s in code points, with the matching UTF-16 offsets. */
interface Window {
  start: number;
  end: number;
  startOff: number;
  endOff: number;
  astral: boolean;
}

function searchWindow(s: string, startArg: PyValue | undefined, endArg: PyValue | undefined): Window {
  const astral = hasSurrogates(s);
  const n = astral ? strLength(s) : s.length;
  const [start, end] = adjustIndices(startArg, endArg, n);
  if (!astral) return { start, end, startOff: start, endOff: end, astral };
  return { start, end, startOff: cpOffset(s, Math.min(start, n)), endOff: cpOffset(s, Math.max(0, end)), astral };
}

/** str.find / rfind as code-point positions, -1 when absent. */
export function findText(s: string, sub: string, startArg: PyValue | undefined, endArg: PyValue | undefined, reverse: boolean): number {
  if ((startArg === undefined || startArg === null) && (endArg === undefined || endArg === null)) {
    const pos = reverse ? s.lastIndexOf(sub) : s.indexOf(sub);
    return pos <= 0 || !HAS_SURROGATE.test(s.slice(0, pos)) ? pos : cpIndex(s, pos);
  }
  const w = searchWindow(s, startArg, endArg);
  const subLen = w.astral ? strLength(sub) : sub.length;
  if (w.end - w.start < subLen) return -1;
  let pos: number;
  if (reverse) {
    pos = s.lastIndexOf(sub, w.endOff - sub.length);
    if (pos < w.startOff) return -1;
  } else {
    pos = s.indexOf(sub, w.startOff);
    if (pos < 0 || pos + sub.length > w.endOff) return -1;
  }
  return w.astral ? cpIndex(s, pos) : pos;
}

export function countText(s: string, sub: string, startArg: PyValue | undefined, endArg: PyValue | undefined): number {
  if (sub !== '' && (startArg === undefined || startArg === null) && (endArg === undefined || endArg === null)) {
    let n = 0;
    for (let pos = s.indexOf(sub); pos >= 0; pos = s.indexOf(sub, pos + sub.length)) n++;
    return n;
  }
  const w = searchWindow(s, startArg, endArg);
  const subLen = w.astral ? strLength(sub) : sub.length;
  if (w.end - w.start < subLen) return 0;
  if (sub.length === 0) return w.end - w.start + 1;
  let n = 0;
  for (let pos = s.indexOf(sub, w.startOff); pos >= 0 && pos + sub.length <= w.endOff; pos = s.indexOf(sub, pos + sub.length)) n++;
  return n;
}

export function tailMatch(s: string, sub: string, startArg: PyValue | undefined, endArg: PyValue | undefined, atEnd: boolean): boolean {
  if (startArg === undefined && endArg === undefined) return atEnd ? s.endsWith(sub) : s.startsWith(sub);
  const w = searchWindow(s, startArg, endArg);
  const subLen = w.astral ? strLength(sub) : sub.length;
  if (w.end - w.start < subLen || w.start > (w.astral ? strLength(s) : s.length)) return false;
  if (atEnd) return w.endOff - sub.length >= w.startOff && s.startsWith(sub, w.endOff - sub.length);
  return s.startsWith(sub, w.startOff);
}

/** Runs of Python whitespace (Py_UNICODE_ISSPACE) and of bytes whitespace. */
const UNICODE_SPACES = /[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

const ASCII_SPACES = /[\t-\r ]+/;

/** str.split(None, maxsplit): runs of whitespace separate, none at the ends. */
export function splitWhitespace(s: string, maxsplit: number, isSpace: (c: number) => boolean): string[] {
  if (maxsplit < 0) {
    const parts = s.split(isSpace === isPySpace ? UNICODE_SPACES : ASCII_SPACES);
    if (parts[0] === '') parts.shift();
    if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    return parts;
  }
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(i));
      break;
    }
    const start = i;
    while (i < n && !isSpace(s.charCodeAt(i))) i++;
    out.push(s.slice(start, i));
  }
  return out;
}

export function rsplitWhitespace(s: string, maxsplit: number, isSpace: (c: number) => boolean): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    const end = i;
    while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, end));
  }
  return out.reverse();
}

export function splitSep(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let start = 0;
  for (let pos = s.indexOf(sep); pos >= 0 && out.length < maxsplit; pos = s.indexOf(sep, start)) {
    out.push(s.slice(start, pos));
    start = pos + sep.length;
  }
  out.push(s.slice(start));
  return out;
}

export function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let end = s.length;
  while (out.length < maxsplit && end >= sep.length) {
    const pos = s.lastIndexOf(sep, end - sep.length);
    if (pos < 0) break;
    out.push(s.slice(pos + sep.length, end));
    end = pos;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

/** Line boundaries of str.splitlines (bytes use only \n and \r). */
export function isLineBreak(c: number, unicode: boolean): boolean {
  if (c === 10 || c === 13) return true;
  if (!unicode) return false;
  return c === 0x0b || c === 0x0c || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x85 || c === 0x2028 || c === 0x2029;
}

export function splitLines(s: string, keepends: boolean, unicode: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isLineBreak(c, unicode)) {
      i++;
      continue;
    }
    const eol = c === 13 && s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    out.push(s.slice(start, keepends ? eol : i));
    start = i = eol;
  }
  if (start < n) out.push(s.slice(start));
  return out;
}

/** strip/lstrip/rstrip: `chars` null strips whitespace (isSpace), else those code points. */
export function stripText(s: string, chars: string | null, left: boolean, right: boolean, isSpace: (c: number) => boolean): string {
  let start = 0;
  let end = s.length;
  if (chars === null) {
    if (left) while (start < end && isSpace(s.charCodeAt(start))) start++;
    if (right) while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
    return s.slice(start, end);
  }
  if (!hasSurrogates(chars)) {
    if (left) while (start < end && chars.includes(s[start]!)) start++;
    if (right) while (end > start && chars.includes(s[end - 1]!)) end--;
    return s.slice(start, end);
  }
  const set = new Set(Array.from(chars));
  const points = Array.from(s);
  let a = 0;
  let b = points.length;
  if (left) while (a < b && set.has(points[a]!)) a++;
  if (right) while (b > a && set.has(points[b - 1]!)) b--;
  return points.slice(a, b).join('');
}

/** str.replace(old, new, count). */
export function replaceText(s: string, old: string, rep: string, count: number): string {
  if (count < 0) {
    if (old !== '') return s.split(old).join(rep);
    if (s === '') return rep;
    return rep + Array.from(s).join(rep) + rep;
  }
  if (old === '') {
    // `rep` goes before each of the first `count` of the len + 1 positions.
    const points = Array.from(s);
    let out = '';
    for (let i = 0; i <= points.length; i++) {
      if (i < count) out += rep;
      if (i < points.length) out += points[i];
    }
    return out;
  }
  let out = '';
  let start = 0;
  for (let n = 0; n < count; n++) {
    const pos = s.indexOf(old, start);
    if (pos < 0) break;
    out += s.slice(start, pos) + rep;
    start = pos + old.length;
  }
  return out + s.slice(start);
}

/** center/ljust/rjust: CPython's pad() including center's odd-width rule. */
export function padText(s: string, len: number, width: number, fill: string, align: '<' | '>' | '^'): string {
  const marg = width - len;
  if (marg <= 0) return s;
  if (align === '<') return s + fill.repeat(marg);
  if (align === '>') return fill.repeat(marg) + s;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return fill.repeat(left) + s + fill.repeat(marg - left);
}

export function zfillText(s: string, len: number, width: number): string {
  if (len >= width) return s;
  const fill = '0'.repeat(width - len);
  if (s[0] === '+' || s[0] === '-') return s[0] + fill + s.slice(1);
  return fill + s;
}

export function expandTabs(s: string, tabsize: number): string {
  let out = '';
  let column = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9) {
      out += s.slice(start, i);
      const spaces = tabsize > 0 ? tabsize - (column % tabsize) : 0;
      out += ' '.repeat(spaces);
      column += spaces;
      start = i + 1;
    } else if (c === 10 || c === 13) column = 0;
    else if ((c & 0xfc00) !== 0xdc00) column++;
  }
  return out + s.slice(start);
}

/** Maps each code point of s; fn also gets the UTF-16 offset of ch in s. */
function mapPoints(s: string, fn: (ch: string, prevCased: boolean, offset: number) => string): string {
  let out = '';
  let prevCased = false;
  let offset = 0;
  for (const ch of s) {
    out += fn(ch, prevCased, offset);
    prevCased = isCased(ch);
    offset += ch.length;
  }
  return out;
}

/** The lowercase of the code point at `offset` of s, with Unicode's Final_Sigma rule for 'Σ'
 *  (CPython's handle_capital_sigma): 'ς' after a cased letter and not before one, skipping
 *  case-ignorable characters both ways. */
function lowerInContext(ch: string, s: string, offset: number): string {
  if (ch !== 'Σ') return ch.toLowerCase();
  const points = Array.from(s.slice(0, offset));
  let j = points.length - 1;
  while (j >= 0 && RE.caseIgnorable.test(points[j]!)) j--;
  if (j < 0 || !isCased(points[j]!)) return 'σ';
  for (const next of s.slice(offset + 1)) {
    if (!RE.caseIgnorable.test(next)) return isCased(next) ? 'σ' : 'ς';
  }
  return 'ς';
}

export function title(s: string): string {
  return mapPoints(s, (ch, prevCased, offset) => (prevCased ? lowerInContext(ch, s, offset) : titleChar(ch)));
}

export function capitalize(s: string): string {
  if (s === '') return s;
  const first = String.fromCodePoint(s.codePointAt(0)!);
  if (!s.includes('Σ')) return titleChar(first) + s.slice(first.length).toLowerCase();
  return mapPoints(s, (ch, _, offset) => (offset === 0 ? titleChar(ch) : lowerInContext(ch, s, offset)));
}

export function swapcase(s: string): string {
  return mapPoints(s, (ch, _, offset) => (isUpperCp(ch) ? lowerInContext(ch, s, offset) : isLowerCp(ch) ? ch.toUpperCase() : ch));
}

export function casefold(s: string): string {
  if (RE.ascii.test(s)) return s.toLowerCase();
  return mapPoints(s, casefoldChar);
}

/** Full case folding of one code point; Cherokee folds to its uppercase letters. */
function casefoldChar(ch: string): string {
  const c = ch.codePointAt(0)!;
  if (c >= 0xab70 && c <= 0xabbf) return String.fromCharCode(c - 0xab70 + 0x13a0);
  if (c >= 0x13f8 && c <= 0x13fd) return String.fromCharCode(c - 8);
  if (c >= 0x13a0 && c <= 0x13f5) return ch;
  return ch.toLowerCase().toUpperCase().toLowerCase();
}

export function isUpperText(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isLowerCp(ch) || RE.title.test(ch)) return false;
    if (!cased && isUpperCp(ch)) cased = true;
  }
  return cased;
}

export function isLowerText(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isUpperCp(ch) || RE.title.test(ch)) return false;
    if (!cased && isLowerCp(ch)) cased = true;
  }
  return cased;
}

export function isTitleText(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    if (isUpperCp(ch) || RE.title.test(ch)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerCp(ch)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

export function isSpaceText(s: string): boolean {
  if (s === '') return false;
  for (let i = 0; i < s.length; i++) if (!isPySpace(s.charCodeAt(i))) return false;
  return true;
}
