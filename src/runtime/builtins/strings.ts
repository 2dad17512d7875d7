// The str class (https://docs.python.org/3/library/stdtypes.html#text-sequence-type-str):
// constructor, every common method, and the dunders. Strings are JS UTF-16 strings; every
// index and length the guest sees counts code points, with a fast path for strings without
// surrogates (indices are then plain offsets). Searching, splitting and replacing are linear
// and slice-based. str.format lives in str-format.ts, encodings and bytes in bytes.ts.

import { raise, typeError, typeName } from '../exceptions.js';
import { formatStr, percentFormat, type PercentHooks } from '../float-format.js';
import { NotImplemented, PyDict, newAttrDict, type AttrDict, type NativeMethod } from '../objects.js';
import { compareOp } from '../operators.js';
import { asciiRepr } from '../ops.js';
import {
  getIter, lookupType, repr, str, stringHash, strLength, strRepr, toArray,
} from '../protocols.js';
import { getItem } from '../subscript.js';
import { PyType } from '../type-object.js';
import { E, T, isSubtype, typeOf } from '../types.js';
import { PyBytes, PyFloat, PyList, PyObject, PyTuple, type PyValue } from '../values.js';
import { arity, defMethod, defMethods, defStatic, noKeywords, splitKeywords } from './define.js';
import { decodeBytes, encodeText } from './codecs.js';
import { floatOf, floatToInt, indexValue, intOf, toIntValue } from './numbers.js';
import { formatWithArgs, formatWithMapping } from './str-format.js';

/** An instance of a subclass of str (`class Name(str)`): the text boxed with its class. */
export class PyStrBox extends PyObject {
  attrs: AttrDict = newAttrDict();
  constructor(type: PyType, readonly value: string) {
    super();
    this.type = type;
  }
}

/** The text of a str or str-subclass instance; undefined for anything else. */
export function strValueOf(v: PyValue): string | undefined {
  if (typeof v === 'string') return v;
  return v instanceof PyStrBox ? v.value : undefined;
}

function selfStr(v: PyValue): string {
  return typeof v === 'string' ? v : (v as PyStrBox).value;
}

// ---------------------------------------------------------------------------------------
// Character classes (Py_UNICODE_ISSPACE and the unicodedata-based predicates)

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
const RE = {
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

// ---------------------------------------------------------------------------------------
// Code-point indices

let lastText = '';
let lastHasSurrogates = false;
/** Whether s has surrogates (astral characters); remembers the last string asked about, so
 *  loops calling s.find(x, i) or s.startswith(p, i) on one long string stay linear. */
export function hasSurrogates(s: string): boolean {
  if (s !== lastText) {
    lastHasSurrogates = HAS_SURROGATE.test(s);
    lastText = s;
  }
  return lastHasSurrogates;
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
function cpIndex(s: string, off: number): number {
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

// ---------------------------------------------------------------------------------------
// Argument helpers

function strArg(v: PyValue, message = `must be str, not ${typeName(v)}`): string {
  const s = strValueOf(v);
  if (s === undefined) typeError(message);
  return s;
}

/** Positional-only arguments, CPython's "find() takes at least 1 argument (0 given)" style. */
function parseArgs(name: string, args: PyValue[], kwnames: readonly string[] | null, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`str.${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) typeError(`${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  if (n > max) typeError(`${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

/** Arguments that may be given by keyword (split, encode, ...): values in parameter order. */
function keywordArgs(name: string, args: PyValue[], kwnames: readonly string[] | null, params: readonly string[]): Array<PyValue | undefined> {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > params.length) typeError(`${name}() takes at most ${params.length} argument${params.length === 1 ? '' : 's'} (${npos} given)`);
  const out: Array<PyValue | undefined> = params.map((_, i) => (i < npos ? args[i] : undefined));
  for (let i = 0; i < nkw; i++) {
    const k = params.indexOf(kwnames![i]!);
    if (k < 0) typeError(`'${kwnames![i]}' is an invalid keyword argument for ${name}()`);
    if (k < npos) typeError(`argument for ${name}() given by name ('${kwnames![i]}') and position (${k + 1})`);
    out[k] = args[npos + i];
  }
  return out;
}

/** Slot wrappers (__add__, __contains__, ...): "expected 1 argument, got 0". */
function wrapperArg(name: string, args: PyValue[], kwnames: readonly string[] | null, prefix = ''): PyValue {
  if (kwnames !== null && kwnames.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`${prefix}expected 1 argument, got ${args.length}`);
  return args[0]!;
}

function noArgs(name: string, fn: (s: string) => PyValue): NativeMethod {
  return (self, args, kwnames) => {
    if (args.length !== 0 || (kwnames !== null && kwnames.length > 0)) arity(`str.${name}`, args, kwnames, 0);
    return fn(selfStr(self));
  };
}

// ---------------------------------------------------------------------------------------
// Searching: find, rfind, index, rindex, count, startswith, endswith

/** str.find / rfind as code-point positions, -1 when absent. */
export function findText(s: string, sub: string, startArg: PyValue | undefined, endArg: PyValue | undefined, reverse: boolean): number {
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
  const w = searchWindow(s, startArg, endArg);
  const subLen = w.astral ? strLength(sub) : sub.length;
  if (w.end - w.start < subLen) return 0;
  if (sub.length === 0) return w.end - w.start + 1;
  let n = 0;
  for (let pos = s.indexOf(sub, w.startOff); pos >= 0 && pos + sub.length <= w.endOff; pos = s.indexOf(sub, pos + sub.length)) n++;
  return n;
}

function tailMatch(s: string, sub: string, startArg: PyValue | undefined, endArg: PyValue | undefined, atEnd: boolean): boolean {
  const w = searchWindow(s, startArg, endArg);
  const subLen = w.astral ? strLength(sub) : sub.length;
  if (w.end - w.start < subLen || w.start > (w.astral ? strLength(s) : s.length)) return false;
  if (atEnd) return w.endOff - sub.length >= w.startOff && s.startsWith(sub, w.endOff - sub.length);
  return s.startsWith(sub, w.startOff);
}

function startsOrEnds(name: string, atEnd: boolean): NativeMethod {
  return (self, args, kwnames) => {
    parseArgs(name, args, kwnames, 1, 3);
    const s = selfStr(self);
    const prefix = args[0]!;
    if (prefix instanceof PyTuple) {
      return prefix.items.some((p) => tailMatch(s, strArg(p, `tuple for ${name} must only contain str, not ${typeName(p)}`), args[1], args[2], atEnd));
    }
    const text = strArg(prefix, `${name} first arg must be str or a tuple of str, not ${typeName(prefix)}`);
    return tailMatch(s, text, args[1], args[2], atEnd);
  };
}

function finder(name: string, reverse: boolean, raises: boolean): NativeMethod {
  return (self, args, kwnames) => {
    parseArgs(name, args, kwnames, 1, 3);
    const i = findText(selfStr(self), strArg(args[0]!), args[1], args[2], reverse);
    if (i < 0 && raises) raise('ValueError', 'substring not found');
    return i;
  };
}

// ---------------------------------------------------------------------------------------
// Splitting

/** str.split(None, maxsplit): runs of whitespace separate, none at the ends. */
export function splitWhitespace(s: string, maxsplit: number, isSpace: (c: number) => boolean): string[] {
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

function splitMethod(name: 'split' | 'rsplit'): NativeMethod {
  return (self, args, kwnames) => {
    const [sepArg, maxArg] = keywordArgs(name, args, kwnames, ['sep', 'maxsplit']);
    const s = selfStr(self);
    const maxsplit = maxArg === undefined ? -1 : Number(indexValue(maxArg));
    let parts: string[];
    if (sepArg === undefined || sepArg === null) {
      parts = (name === 'split' ? splitWhitespace : rsplitWhitespace)(s, maxsplit, isPySpace);
    } else {
      const sep = strArg(sepArg, `must be str or None, not ${typeName(sepArg)}`);
      if (sep === '') raise('ValueError', 'empty separator');
      parts = (name === 'split' ? splitSep : rsplitSep)(s, sep, maxsplit);
    }
    return new PyList(parts);
  };
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

function partition(s: string, sep: string, reverse: boolean): PyTuple {
  if (sep === '') raise('ValueError', 'empty separator');
  const pos = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (pos < 0) return new PyTuple(reverse ? ['', '', s] : [s, '', '']);
  return new PyTuple([s.slice(0, pos), sep, s.slice(pos + sep.length)]);
}

// ---------------------------------------------------------------------------------------
// Stripping, padding, replacing

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

function stripMethod(name: string, left: boolean, right: boolean): NativeMethod {
  return (self, args, kwnames) => {
    arity(`str.${name}`, args, kwnames, 0, 1);
    const chars = args[0];
    if (chars !== undefined && chars !== null && strValueOf(chars) === undefined) typeError(`${name} arg must be None or str`);
    return stripText(selfStr(self), chars === undefined || chars === null ? null : strValueOf(chars)!, left, right, isPySpace);
  };
}

/** str.replace(old, new, count). */
export function replaceText(s: string, old: string, rep: string, count: number): string {
  if (count < 0) {
    if (old !== '') return s.split(old).join(rep);
    if (s === '') return rep;
    return rep + Array.from(s).join(rep) + rep;
  }
  if (old === '') {
    const points = Array.from(s);
    const k = Math.min(count, points.length + 1);
    if (k === 0) return s;
    return rep + points.slice(0, k - 1).join(rep) + (k - 1 < points.length ? rep : '') + points.slice(k - 1).join('');
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

function fillChar(v: PyValue | undefined): string {
  if (v === undefined) return ' ';
  const s = strValueOf(v);
  if (s === undefined) typeError(`The fill character must be a unicode character, not ${typeName(v)}`);
  if (strLength(s) !== 1) typeError('The fill character must be exactly one character long');
  return s;
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

function padMethod(name: string, align: '<' | '>' | '^'): NativeMethod {
  return (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError(`str.${name}() takes no keyword arguments`);
    arity(name, args, null, 1, 2);
    const s = selfStr(self);
    const width = Number(indexValue(args[0]!));
    return padText(s, strLength(s), width, fillChar(args[1]), align);
  };
}

export function zfillText(s: string, len: number, width: number): string {
  if (len >= width) return s;
  const fill = '0'.repeat(width - len);
  if (s[0] === '+' || s[0] === '-') return s[0] + fill + s.slice(1);
  return fill + s;
}

function expandTabs(s: string, tabsize: number): string {
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

// ---------------------------------------------------------------------------------------
// Case

function mapPoints(s: string, fn: (ch: string, prevCased: boolean) => string): string {
  let out = '';
  let prevCased = false;
  for (const ch of s) {
    out += fn(ch, prevCased);
    prevCased = isCased(ch);
  }
  return out;
}

function title(s: string): string {
  return mapPoints(s, (ch, prevCased) => (prevCased ? ch.toLowerCase() : titleChar(ch)));
}

function capitalize(s: string): string {
  if (s === '') return s;
  const first = String.fromCodePoint(s.codePointAt(0)!);
  return titleChar(first) + s.slice(first.length).toLowerCase();
}

function swapcase(s: string): string {
  return mapPoints(s, (ch) => (isUpperCp(ch) ? ch.toLowerCase() : isLowerCp(ch) ? ch.toUpperCase() : ch));
}

function casefold(s: string): string {
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

function isUpperText(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isLowerCp(ch) || RE.title.test(ch)) return false;
    if (!cased && isUpperCp(ch)) cased = true;
  }
  return cased;
}

function isLowerText(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isUpperCp(ch) || RE.title.test(ch)) return false;
    if (!cased && isLowerCp(ch)) cased = true;
  }
  return cased;
}

function isTitleText(s: string): boolean {
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

function isSpaceText(s: string): boolean {
  if (s === '') return false;
  for (let i = 0; i < s.length; i++) if (!isPySpace(s.charCodeAt(i))) return false;
  return true;
}

// ---------------------------------------------------------------------------------------
// join, translate, maketrans

/** sep.join(iterable) with CPython's item type errors. */
export function joinText(sep: string, iterable: PyValue): string {
  let items: PyValue[];
  if (iterable instanceof PyList || iterable instanceof PyTuple) items = iterable.items;
  else {
    const type = typeOf(iterable);
    if (typeof iterable !== 'string' && lookupType(type, '__iter__') === undefined && lookupType(type, '__getitem__') === undefined) {
      typeError('can only join an iterable');
    }
    items = toArray(iterable);
  }
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (typeof item === 'string') continue;
    if (!(item instanceof PyStrBox)) typeError(`sequence item ${i}: expected str instance, ${typeName(item)} found`);
    return items.map((x) => strValueOf(x)!).join(sep);
  }
  return (items as string[]).join(sep);
}

function translate(s: string, table: PyValue): string {
  let out = '';
  for (const ch of s) {
    let mapped: PyValue;
    try {
      mapped = getItem(table, ch.codePointAt(0)!);
    } catch (e) {
      if (e instanceof PyObject && isSubtype(e.type, E['LookupError']!)) {
        out += ch;
        continue;
      }
      throw e;
    }
    if (mapped === null) continue;
    const text = strValueOf(mapped);
    if (text !== undefined) out += text;
    else if (intOf(mapped) !== undefined) out += chr(intOf(mapped)!);
    else typeError('character mapping must return integer, None or str');
  }
  return out;
}

function chr(i: number | bigint): string {
  if (i < 0 || i > 0x10ffff) raise('ValueError', 'character mapping must be in range(0x110000)');
  return String.fromCodePoint(Number(i));
}

function maketrans(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) typeError('str.maketrans() takes no keyword arguments');
  arity('maketrans', args, null, 1, 3);
  const d = new PyDict();
  if (args.length === 1) {
    const m = args[0]!;
    if (!(m instanceof PyDict)) typeError('if you give only one argument to maketrans it must be a dict');
    for (const pos of m.table.positions()) {
      const key = m.table.keys[pos] as PyValue;
      const text = strValueOf(key);
      if (text !== undefined) {
        if (strLength(text) !== 1) raise('ValueError', 'string keys in translate table must be of length 1');
        d.set(text.codePointAt(0)!, m.table.values[pos]!);
      } else if (intOf(key) !== undefined) d.set(intOf(key)!, m.table.values[pos]!);
      else typeError('keys in translate table must be strings or integers');
    }
    return d;
  }
  const x = strArg(args[0]!, 'first maketrans argument must be a string if there is a second argument');
  const y = strArg(args[1]!, `maketrans() argument 2 must be str, not ${typeName(args[1]!)}`);
  const xs = Array.from(x);
  const ys = Array.from(y);
  if (xs.length !== ys.length) raise('ValueError', 'the first two maketrans arguments must have equal length');
  xs.forEach((c, i) => d.set(c.codePointAt(0)!, ys[i]!.codePointAt(0)!));
  if (args.length === 3) {
    const z = strArg(args[2]!, `maketrans() argument 3 must be str, not ${typeName(args[2]!)}`);
    for (const c of z) d.set(c.codePointAt(0)!, null);
  }
  return d;
}

// ---------------------------------------------------------------------------------------
// % formatting hooks onto the object model

function isMappingOperand(v: PyValue): boolean {
  return !(v instanceof PyTuple) && strValueOf(v) === undefined && v !== null && typeof v === 'object' &&
    lookupType(typeOf(v), '__getitem__') !== undefined;
}

/** How printf-style formatting sees guest values. */
export const PERCENT_HOOKS: PercentHooks = {
  str: (v) => str(v as PyValue),
  repr: (v) => repr(v as PyValue),
  ascii: (v) => asciiRepr(v as PyValue),
  typeName: (v) => typeName(v as PyValue),
  toInt(v) {
    const value = v as PyValue;
    const i = intOf(value);
    if (i !== undefined) return i;
    if (value instanceof PyFloat) return floatToInt(value.value);
    if (value === null || typeof value !== 'object') return undefined;
    const type = typeOf(value);
    if (lookupType(type, '__int__') === undefined && lookupType(type, '__index__') === undefined) return undefined;
    return toIntValue(value);
  },
  isInt: (v) => intOf(v as PyValue) !== undefined,
  toIndex(v) {
    const value = v as PyValue;
    const i = intOf(value);
    if (i !== undefined) return i;
    if (value === null || typeof value !== 'object' || lookupType(typeOf(value), '__index__') === undefined) return undefined;
    return indexValue(value);
  },
  toFloat: (v) => floatOf(v as PyValue),
  asStr: (v) => strValueOf(v as PyValue),
  tupleItems: (v) => (v instanceof PyTuple ? v.items : undefined),
  isMapping: (v) => isMappingOperand(v as PyValue),
  getItem: (m, key) => getItem(m as PyValue, key),
};

// ---------------------------------------------------------------------------------------
// The constructor and the dunders

function strNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = args[0] as PyType;
  const [object, encoding, errors] = keywordArgs('str', args.slice(1), kwnames, ['object', 'encoding', 'errors']);
  let value: string;
  if (encoding === undefined && errors === undefined) value = object === undefined ? '' : str(object);
  else {
    const data = object ?? new PyBytes(new Uint8Array(0));
    if (strValueOf(data) !== undefined) typeError('decoding str is not supported');
    if (!(data instanceof PyBytes)) typeError(`decoding to str: need a bytes-like object, ${typeName(data)} found`);
    const enc = encoding === undefined ? 'utf-8' : strArg(encoding, `str() argument 'encoding' must be str, not ${typeName(encoding)}`);
    const err = errors === undefined ? 'strict' : strArg(errors, `str() argument 'errors' must be str, not ${typeName(errors)}`);
    value = decodeBytes(data.data, enc, err);
  }
  return cls === T.str ? value : new PyStrBox(cls, value);
}

/** A repeat count for seq * n; undefined (NotImplemented) when n may still handle it. */
export function repeatCountOf(n: PyValue): number | bigint | undefined {
  const count = intOf(n) ?? (n !== null && typeof n === 'object' && lookupType(typeOf(n), '__index__') !== undefined ? indexValue(n) : undefined);
  // A built-in operand has no __rmul__ to try: fail now with sq_repeat's message.
  if (count === undefined && !typeOf(n).isHeapType) typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  return count;
}

function strMul(self: PyValue, n: PyValue): PyValue {
  const count = repeatCountOf(n);
  if (count === undefined) return NotImplemented;
  const s = selfStr(self);
  if (count <= 0 || s === '') return '';
  if (typeof count === 'bigint' || s.length * count > 0x1fffffe8) raise('MemoryError', '');
  return s.repeat(count);
}

function strCompare(op: number): NativeMethod {
  return (self, args, kwnames) => {
    const other = strValueOf(wrapperArg(['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'][op]!, args, kwnames));
    return other === undefined ? NotImplemented : compareOp(op, selfStr(self), other);
  };
}

function defineDunders(): void {
  defStatic(T.str, '__new__', strNew);
  defMethods(T.str, {
    __repr__: noArgs('__repr__', strRepr),
    __str__: noArgs('__str__', (s) => s),
    __hash__: noArgs('__hash__', stringHash),
    __len__: (self, args, kw) => {
      if (args.length !== 0) typeError(`expected 0 arguments, got ${args.length}`);
      noKeywords('wrapper __len__', kw);
      return strLength(selfStr(self));
    },
    __format__(self, args, kwnames) {
      arity('str.__format__', args, kwnames, 1);
      return formatStr(selfStr(self), strArg(args[0]!, `__format__() argument must be str, not ${typeName(args[0]!)}`));
    },
    __getitem__: (self, args, kw) => getItem(selfStr(self), wrapperArg('__getitem__', args, kw)),
    __iter__: (self) => getIter(selfStr(self)),
    __contains__(self, args, kw) {
      const sub = wrapperArg('__contains__', args, kw);
      const text = strValueOf(sub);
      if (text === undefined) typeError(`'in <string>' requires string as left operand, not ${typeName(sub)}`);
      return selfStr(self).includes(text);
    },
    __add__(self, args, kw) {
      const arg = wrapperArg('__add__', args, kw);
      const other = strValueOf(arg);
      if (other !== undefined) return selfStr(self) + other;
      // A built-in right operand has no __radd__ to try: fail now with sq_concat's message.
      if (!typeOf(arg).isHeapType) typeError(`can only concatenate str (not "${typeName(arg)}") to str`);
      return NotImplemented;
    },
    __mul__: (self, args, kw) => strMul(self, wrapperArg('__mul__', args, kw, ' ')),
    __rmul__: (self, args, kw) => strMul(self, wrapperArg('__rmul__', args, kw, ' ')),
    __mod__: (self, args, kw) => percentFormat(selfStr(self), wrapperArg('__mod__', args, kw), PERCENT_HOOKS),
    __rmod__: () => NotImplemented,
    __getnewargs__: noArgs('__getnewargs__', (s) => new PyTuple([s])),
  });
  ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => defMethod(T.str, name, strCompare(op)));
}

function defineSearching(): void {
  defMethods(T.str, {
    find: finder('find', false, false),
    rfind: finder('rfind', true, false),
    index: finder('index', false, true),
    rindex: finder('rindex', true, true),
    count(self, args, kwnames) {
      parseArgs('count', args, kwnames, 1, 3);
      return countText(selfStr(self), strArg(args[0]!), args[1], args[2]);
    },
    startswith: startsOrEnds('startswith', false),
    endswith: startsOrEnds('endswith', true),
    removeprefix(self, args, kwnames) {
      arity('str.removeprefix', args, kwnames, 1);
      const s = selfStr(self);
      const prefix = strArg(args[0]!, `removeprefix() argument must be str, not ${typeName(args[0]!)}`);
      return prefix !== '' && s.startsWith(prefix) ? s.slice(prefix.length) : s;
    },
    removesuffix(self, args, kwnames) {
      arity('str.removesuffix', args, kwnames, 1);
      const s = selfStr(self);
      const suffix = strArg(args[0]!, `removesuffix() argument must be str, not ${typeName(args[0]!)}`);
      return suffix !== '' && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
    },
  });
}

function defineTransforms(): void {
  defMethods(T.str, {
    split: splitMethod('split'),
    rsplit: splitMethod('rsplit'),
    splitlines(self, args, kwnames) {
      const [keepends] = keywordArgs('splitlines', args, kwnames, ['keepends']);
      return new PyList(splitLines(selfStr(self), keepends !== undefined && indexValue(keepends) != 0, true)); // eslint-disable-line eqeqeq
    },
    partition(self, args, kwnames) {
      arity('str.partition', args, kwnames, 1);
      return partition(selfStr(self), strArg(args[0]!), false);
    },
    rpartition(self, args, kwnames) {
      arity('str.rpartition', args, kwnames, 1);
      return partition(selfStr(self), strArg(args[0]!), true);
    },
    strip: stripMethod('strip', true, true),
    lstrip: stripMethod('lstrip', true, false),
    rstrip: stripMethod('rstrip', false, true),
    replace(self, args, kwnames) {
      if (kwnames !== null && kwnames.length > 0) typeError('str.replace() takes no keyword arguments');
      arity('replace', args, null, 2, 3);
      const old = strArg(args[0]!, `replace() argument 1 must be str, not ${typeName(args[0]!)}`);
      const rep = strArg(args[1]!, `replace() argument 2 must be str, not ${typeName(args[1]!)}`);
      const count = args.length > 2 ? Number(indexValue(args[2]!)) : -1;
      return replaceText(selfStr(self), old, rep, count);
    },
    join(self, args, kwnames) {
      arity('str.join', args, kwnames, 1);
      return joinText(selfStr(self), args[0]!);
    },
    center: padMethod('center', '^'),
    ljust: padMethod('ljust', '<'),
    rjust: padMethod('rjust', '>'),
    zfill(self, args, kwnames) {
      arity('str.zfill', args, kwnames, 1);
      const s = selfStr(self);
      return zfillText(s, strLength(s), Number(indexValue(args[0]!)));
    },
    expandtabs(self, args, kwnames) {
      const [tabsize] = keywordArgs('expandtabs', args, kwnames, ['tabsize']);
      return expandTabs(selfStr(self), tabsize === undefined ? 8 : Number(indexValue(tabsize)));
    },
    translate(self, args, kwnames) {
      arity('str.translate', args, kwnames, 1);
      return translate(selfStr(self), args[0]!);
    },
    encode(self, args, kwnames) {
      const [encoding, errors] = keywordArgs('encode', args, kwnames, ['encoding', 'errors']);
      const enc = encoding === undefined ? 'utf-8' : strArg(encoding, `encode() argument 'encoding' must be str, not ${typeName(encoding)}`);
      const err = errors === undefined ? 'strict' : strArg(errors, `encode() argument 'errors' must be str, not ${typeName(errors)}`);
      return new PyBytes(encodeText(selfStr(self), enc, err));
    },
    format(self, args, kwnames) {
      const { positional, named } = splitKeywords('format', args, kwnames, kwnames ?? []);
      return formatWithArgs(selfStr(self), positional, named);
    },
    format_map(self, args, kwnames) {
      arity('str.format_map', args, kwnames, 1);
      return formatWithMapping(selfStr(self), args[0]!);
    },
  });
  defStatic(T.str, 'maketrans', maketrans);
}

function defineCase(): void {
  defMethods(T.str, {
    upper: noArgs('upper', (s) => s.toUpperCase()),
    lower: noArgs('lower', (s) => s.toLowerCase()),
    casefold: noArgs('casefold', casefold),
    title: noArgs('title', title),
    capitalize: noArgs('capitalize', capitalize),
    swapcase: noArgs('swapcase', swapcase),
    isupper: noArgs('isupper', isUpperText),
    islower: noArgs('islower', isLowerText),
    istitle: noArgs('istitle', isTitleText),
    isspace: noArgs('isspace', isSpaceText),
    isdecimal: noArgs('isdecimal', (s) => RE.decimal.test(s)),
    isdigit: noArgs('isdigit', (s) => RE.digit.test(s)),
    isnumeric: noArgs('isnumeric', (s) => RE.numeric.test(s)),
    isalpha: noArgs('isalpha', (s) => RE.alpha.test(s)),
    isalnum: noArgs('isalnum', (s) => RE.alnum.test(s)),
    isidentifier: noArgs('isidentifier', (s) => RE.identifier.test(s)),
    isprintable: noArgs('isprintable', (s) => RE.printable.test(s)),
    isascii: noArgs('isascii', (s) => RE.ascii.test(s)),
  });
}

let defined = false;
/** Installs the methods of str (idempotent). */
export function defineStrings(): void {
  if (defined) return;
  defined = true;
  defineDunders();
  defineSearching();
  defineTransforms();
  defineCase();
}
