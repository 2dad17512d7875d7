// The bytes class (https://docs.python.org/3/library/stdtypes.html#bytes-objects) and the
// codecs str.encode / bytes.decode use (utf-8, ascii, latin-1 with the strict, ignore,
// replace, backslashreplace, surrogateescape and xmlcharrefreplace handlers), with CPython's
// UnicodeError messages. Byte-string algorithms run on latin-1 JS strings so they share the
// linear search/split code of strings.ts.

import { newException, raise, typeError, typeName } from '../exceptions.js';
import { NotImplemented, PySlice, type NativeMethod } from '../objects.js';
import { compareOp } from '../operators.js';
import { callSpecial, lookupType, stringHash, strLength, toArray } from '../protocols.js';
import { sliceArray } from '../subscript.js';
import { PyType } from '../type-object.js';
import { E, T, typeOf } from '../types.js';
import { PyBytes, PyList, PyTuple, type PyValue } from '../values.js';
import { arity, defClassMethod, defMethods, defStatic } from './define.js';
import { byteValues, indexValue, intOf } from './numbers.js';
import {
  adjustIndices, countText, findText, isAsciiSpace, padText, repeatCountOf, replaceText, rsplitSep, rsplitWhitespace, splitLines, splitSep,
  splitWhitespace, strValueOf, stripText, zfillText,
} from './strings.js';

// ---------------------------------------------------------------------------------------
// Codecs

const ENCODINGS: Record<string, string> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', cp65001: 'utf-8',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', iso_8859_1: 'latin-1', iso8859_1: 'latin-1', '8859': 'latin-1', cp819: 'latin-1',
  l1: 'latin-1', latin: 'latin-1',
};

function codecName(encoding: string): string {
  const name = ENCODINGS[encoding.toLowerCase().replace(/[-\s]/g, '_')];
  if (name === undefined) raise('LookupError', `unknown encoding: ${encoding}`);
  return name;
}

function charEscape(cp: number): string {
  if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

function unknownHandler(errors: string): never {
  return raise('LookupError', `unknown error handler name '${errors}'`);
}

/** str.encode(encoding, errors). */
export function encodeText(s: string, encoding: string, errors: string): Uint8Array {
  const codec = codecName(encoding);
  if (codec === 'utf-8' && !/[\ud800-\udfff]/.test(s)) return new TextEncoder().encode(s);
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const points = Array.from(s, (ch) => ch.codePointAt(0)!);
  const out: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const cp = points[i]!;
    const bad = cp >= limit || (cp >= 0xd800 && cp <= 0xdfff);
    if (!bad) {
      pushEncoded(out, cp, codec);
      continue;
    }
    let end = i + 1;
    while (end < points.length && isBadPoint(points[end]!, limit)) end++;
    i = encodeError(out, points, i, end, codec, errors) - 1;
  }
  return Uint8Array.from(out);
}

function isBadPoint(cp: number, limit: number): boolean {
  return cp >= limit || (cp >= 0xd800 && cp <= 0xdfff);
}

function pushEncoded(out: number[], cp: number, codec: string): void {
  if (codec !== 'utf-8' || cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}

/** Applies an error handler to points[start..end); returns where encoding resumes. */
function encodeError(out: number[], points: number[], start: number, end: number, codec: string, errors: string): number {
  switch (errors) {
    case 'ignore':
      return end;
    case 'replace':
      for (let i = start; i < end; i++) out.push(0x3f);
      return end;
    case 'backslashreplace':
      for (let i = start; i < end; i++) for (const ch of charEscape(points[i]!)) out.push(ch.charCodeAt(0));
      return end;
    case 'xmlcharrefreplace':
      for (let i = start; i < end; i++) for (const ch of `&#${points[i]};`) out.push(ch.charCodeAt(0));
      return end;
    case 'surrogateescape':
      if (points[start]! >= 0xdc80 && points[start]! <= 0xdcff) {
        out.push(points[start]! - 0xdc00);
        return start + 1;
      }
      break;
    case 'strict':
      break;
    default:
      unknownHandler(errors);
  }
  const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${codec === 'ascii' ? 128 : 256})`;
  const what = end - start === 1
    ? `character '${charEscape(points[start]!)}' in position ${start}`
    : `characters in position ${start}-${end - 1}`;
  throw newException(E['UnicodeEncodeError']!, `'${codec}' codec can't encode ${what}: ${reason}`);
}

/** bytes.decode(encoding, errors). */
export function decodeBytes(data: Uint8Array, encoding: string, errors: string): string {
  const codec = codecName(encoding);
  if (codec === 'latin-1') return latin1(data);
  if (codec === 'utf-8') {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
    } catch {
      // fall through to the byte-by-byte decoder for CPython's error positions
    }
  }
  let out = '';
  let i = 0;
  while (i < data.length) {
    const [cp, end, reason] = codec === 'ascii' ? asciiStep(data, i) : utf8Step(data, i);
    if (reason === '') {
      out += String.fromCodePoint(cp);
      i = end;
    } else {
      out += decodeError(data, i, end, codec, errors, reason);
      i = end;
    }
  }
  return out;
}

function asciiStep(data: Uint8Array, i: number): [number, number, string] {
  return data[i]! < 0x80 ? [data[i]!, i + 1, ''] : [0, i + 1, 'ordinal not in range(128)'];
}

/** One UTF-8 sequence at i: [code point, end, ''] or [0, error end, reason] like CPython. */
function utf8Step(data: Uint8Array, i: number): [number, number, string] {
  const b = data[i]!;
  if (b < 0x80) return [b, i + 1, ''];
  const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
  if (need < 0) return [0, i + 1, 'invalid start byte'];
  let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= need; k++) {
    if (i + k >= data.length) return [0, data.length, 'unexpected end of data'];
    const c = data[i + k]!;
    let lo = 0x80, hi = 0xbf;
    if (k === 1) {
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
      else if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    }
    if (c < lo || c > hi) return [0, i + k, 'invalid continuation byte'];
    cp = (cp << 6) | (c & 0x3f);
  }
  return [cp, i + need + 1, ''];
}

function decodeError(data: Uint8Array, start: number, end: number, codec: string, errors: string, reason: string): string {
  switch (errors) {
    case 'ignore':
      return '';
    case 'replace':
      return '\ufffd';
    case 'backslashreplace':
      return Array.from(data.subarray(start, end), (b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
    case 'surrogateescape':
      return Array.from(data.subarray(start, end), (b) => String.fromCharCode(b < 0x80 ? b : 0xdc00 + b)).join('');
    case 'strict':
      break;
    default:
      unknownHandler(errors);
  }
  const what = end - start === 1
    ? `byte 0x${data[start]!.toString(16).padStart(2, '0')} in position ${start}`
    : `bytes in position ${start}-${end - 1}`;
  throw newException(E['UnicodeDecodeError']!, `'${codec}' codec can't decode ${what}: ${reason}`);
}

// ---------------------------------------------------------------------------------------
// Latin-1 views: bytes algorithms run on strings whose chars are the byte values

/** The bytes as a JS string of chars 0..255. */
export function latin1(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 8192) out += String.fromCharCode(...data.subarray(i, i + 8192));
  return out;
}

export function fromLatin1(s: string): PyBytes {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return new PyBytes(out);
}

function selfText(v: PyValue): string {
  return latin1((v as PyBytes).data);
}

/** A bytes-like argument's data, or undefined. */
export function bytesData(v: PyValue): Uint8Array | undefined {
  return v instanceof PyBytes ? v.data : undefined;
}

function bytesArg(v: PyValue): string {
  const data = bytesData(v);
  if (data === undefined) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return latin1(data);
}

/** find/count's sub argument: bytes, or an int in range(256). */
function subArg(v: PyValue): string {
  const i = intOf(v);
  if (i === undefined) {
    if (!(v instanceof PyBytes)) typeError(`argument should be integer or bytes-like object, not '${typeName(v)}'`);
    return latin1(v.data);
  }
  if (i < 0 || i > 255) raise('ValueError', 'byte must be in range(0, 256)');
  return String.fromCharCode(Number(i));
}

// ---------------------------------------------------------------------------------------
// repr, construction

/** repr(bytes): b'...' with CPython's quote choice and escapes. */
export function bytesRepr(data: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const b of data) {
    if (b === 0x27) hasSingle = true;
    else if (b === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = '';
  for (const b of data) {
    if (b === quote || b === 0x5c) out += '\\' + String.fromCharCode(b);
    else if (b === 9) out += '\\t';
    else if (b === 10) out += '\\n';
    else if (b === 13) out += '\\r';
    else if (b < 0x20 || b >= 0x7f) out += `\\x${b.toString(16).padStart(2, '0')}`;
    else out += String.fromCharCode(b);
  }
  const q = String.fromCharCode(quote);
  return `b${q}${out}${q}`;
}

function bytesNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = args[0] as PyType;
  const nkw = kwnames?.length ?? 0;
  const named = new Map<string, PyValue>();
  for (let i = 0; i < nkw; i++) named.set(kwnames![i]!, args[args.length - nkw + i]!);
  const pos = args.slice(1, args.length - nkw);
  if (pos.length > 3) typeError(`bytes() takes at most 3 arguments (${pos.length} given)`);
  const source = pos[0] ?? named.get('source');
  const encoding = pos[1] ?? named.get('encoding');
  const errors = pos[2] ?? named.get('errors');
  const data = bytesFrom(source, encoding, errors);
  if (cls === T.bytes) return data;
  const b = new PyBytes(data.data);
  b.type = cls;
  return b;
}

function bytesFrom(source: PyValue | undefined, encoding: PyValue | undefined, errors: PyValue | undefined): PyBytes {
  if (source === undefined) {
    if (encoding !== undefined || errors !== undefined) typeError(encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    return new PyBytes(new Uint8Array(0));
  }
  const text = strValueOf(source);
  if (text !== undefined) {
    if (encoding === undefined) typeError('string argument without an encoding');
    const enc = strValueOf(encoding);
    if (enc === undefined) typeError(`bytes() argument 'encoding' must be str, not ${typeName(encoding)}`);
    return new PyBytes(encodeText(text, enc, errors === undefined ? 'strict' : strValueOf(errors) ?? 'strict'));
  }
  if (encoding !== undefined) typeError('encoding without a string argument');
  if (errors !== undefined) typeError('errors without a string argument');
  if (source instanceof PyBytes) return source.type === T.bytes ? source : new PyBytes(source.data.slice());
  const hook = source !== null && typeof source === 'object' ? lookupType(typeOf(source), '__bytes__') : undefined;
  if (hook !== undefined) {
    const r = callSpecial(source, '__bytes__', []);
    if (!(r instanceof PyBytes)) typeError(`__bytes__ returned non-bytes (type ${typeName(r ?? null)})`);
    return r;
  }
  if (intOf(source) !== undefined || (source !== null && typeof source === 'object' && lookupType(typeOf(source), '__index__') !== undefined)) {
    const n = indexValue(source);
    if (n < 0) raise('ValueError', 'negative count');
    return new PyBytes(new Uint8Array(Number(n)));
  }
  if (strValueOf(source) === undefined && lookupType(typeOf(source), '__iter__') === undefined && lookupType(typeOf(source), '__getitem__') === undefined) {
    typeError(`cannot convert '${typeName(source)}' object to bytes`);
  }
  return new PyBytes(Uint8Array.from(byteValues(source)));
}

function fromHex(text: string): PyBytes {
  const out: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    const hi = parseInt(text[i]!, 16);
    const lo = i + 1 < text.length ? parseInt(text[i + 1]!, 16) : NaN;
    if (Number.isNaN(hi) || !/[0-9a-fA-F]/.test(text[i]!)) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (Number.isNaN(lo) || !/[0-9a-fA-F]/.test(text[i + 1] ?? '')) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return new PyBytes(Uint8Array.from(out));
}

function toHex(data: Uint8Array, sep: PyValue | undefined, perSep: PyValue | undefined): string {
  const digits = Array.from(data, (b) => b.toString(16).padStart(2, '0'));
  if (sep === undefined) return digits.join('');
  const s = strValueOf(sep) ?? (sep instanceof PyBytes ? latin1(sep.data) : undefined);
  if (s === undefined || strLength(s) !== 1) raise('ValueError', 'sep must be length 1.');
  const n = perSep === undefined ? 1 : Number(indexValue(perSep));
  if (n === 0) return digits.join('');
  const size = Math.abs(n);
  const groups: string[] = [];
  if (n > 0) for (let end = digits.length; end > 0; end -= size) groups.unshift(digits.slice(Math.max(0, end - size), end).join(''));
  else for (let start = 0; start < digits.length; start += size) groups.push(digits.slice(start, start + size).join(''));
  return groups.join(s);
}

// ---------------------------------------------------------------------------------------
// Methods

function positional(name: string, args: PyValue[], kwnames: readonly string[] | null, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`bytes.${name}() takes no keyword arguments`);
  arity(name, args, null, min, max);
}

function keywords(name: string, args: PyValue[], kwnames: readonly string[] | null, params: string[]): Array<PyValue | undefined> {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > params.length) typeError(`${name}() takes at most ${params.length} arguments (${npos} given)`);
  const out: Array<PyValue | undefined> = params.map((_, i) => (i < npos ? args[i] : undefined));
  for (let i = 0; i < nkw; i++) {
    const k = params.indexOf(kwnames![i]!);
    if (k < 0) typeError(`'${kwnames![i]}' is an invalid keyword argument for ${name}()`);
    out[k] = args[npos + i];
  }
  return out;
}

function searchMethod(name: string, fn: (s: string, sub: string, a: PyValue | undefined, b: PyValue | undefined) => PyValue): NativeMethod {
  return (self, args, kwnames) => {
    positional(name, args, kwnames, 1, 3);
    return fn(selfText(self), subArg(args[0]!), args[1], args[2]);
  };
}

function tailMatch(name: string, atEnd: boolean): NativeMethod {
  return (self, args, kwnames) => {
    positional(name, args, kwnames, 1, 3);
    const s = selfText(self);
    const [start, end] = adjustIndices(args[1], args[2], s.length);
    const test = (p: PyValue): boolean => {
      if (!(p instanceof PyBytes)) typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(p)}`);
      const sub = latin1(p.data);
      if (end - start < sub.length || start > s.length) return false;
      return atEnd ? s.startsWith(sub, end - sub.length) : s.startsWith(sub, start);
    };
    const prefix = args[0]!;
    return prefix instanceof PyTuple ? prefix.items.some(test) : test(prefix);
  };
}

function splitter(name: 'split' | 'rsplit'): NativeMethod {
  return (self, args, kwnames) => {
    const [sepArg, maxArg] = keywords(name, args, kwnames, ['sep', 'maxsplit']);
    const s = selfText(self);
    const maxsplit = maxArg === undefined ? -1 : Number(indexValue(maxArg));
    let parts: string[];
    if (sepArg === undefined || sepArg === null) parts = (name === 'split' ? splitWhitespace : rsplitWhitespace)(s, maxsplit, isAsciiSpace);
    else {
      const sep = bytesArg(sepArg);
      if (sep === '') raise('ValueError', 'empty separator');
      parts = (name === 'split' ? splitSep : rsplitSep)(s, sep, maxsplit);
    }
    return new PyList(parts.map(fromLatin1));
  };
}

function stripper(name: string, left: boolean, right: boolean): NativeMethod {
  return (self, args, kwnames) => {
    positional(name, args, kwnames, 0, 1);
    const chars = args[0] === undefined || args[0] === null ? null : bytesArg(args[0]);
    return fromLatin1(stripText(selfText(self), chars, left, right, isAsciiSpace));
  };
}

function mapBytes(fn: (s: string) => string): NativeMethod {
  return (self) => fromLatin1(fn(selfText(self)));
}

/** ASCII-only case mapping (bytes never touch non-ASCII bytes). */
function asciiCase(s: string, upper: boolean): string {
  return s.replace(upper ? /[a-z]+/g : /[A-Z]+/g, (m) => (upper ? m.toUpperCase() : m.toLowerCase()));
}

function predicate(re: RegExp): NativeMethod {
  return (self) => re.test(selfText(self));
}

function bytesJoin(sep: string, iterable: PyValue): PyBytes {
  const items = toArray(iterable);
  const parts = items.map((item, i) => {
    const data = bytesData(item);
    if (data === undefined) typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(item)} found`);
    return latin1(data);
  });
  return fromLatin1(parts.join(sep));
}

/** bytes[i] (an int) or bytes[slice] (bytes). */
function bytesGetItem(data: Uint8Array, key: PyValue): PyValue {
  if (key instanceof PySlice) return new PyBytes(Uint8Array.from(sliceArray(Array.from(data), key)));
  if (intOf(key) === undefined && (key === null || typeof key !== 'object' || lookupType(typeOf(key), '__index__') === undefined)) {
    typeError(`byte indices must be integers or slices, not ${typeName(key)}`);
  }
  const n = indexValue(key);
  if (typeof n === 'bigint') raise('IndexError', "cannot fit 'int' into an index-sized integer");
  const j = n < 0 ? n + data.length : n;
  if (j < 0 || j >= data.length) raise('IndexError', 'index out of range');
  return data[j]!;
}

function bytesMul(self: PyValue, n: PyValue): PyValue {
  const count = repeatCountOf(n);
  if (count === undefined) return NotImplemented;
  return fromLatin1(count <= 0 ? '' : selfText(self).repeat(Number(count)));
}

function compare(op: number): NativeMethod {
  return (self, args) => {
    const other = args[0];
    if (!(other instanceof PyBytes)) return NotImplemented;
    return compareOp(op, selfText(self), latin1(other.data));
  };
}

function defineBytesMethods(): void {
  defMethods(T.bytes, {
    __repr__: (self) => bytesRepr((self as PyBytes).data),
    __str__: (self) => bytesRepr((self as PyBytes).data),
    __hash__: (self) => stringHash(selfText(self)),
    __len__: (self) => (self as PyBytes).data.length,
    __getitem__: (self, args) => bytesGetItem((self as PyBytes).data, args[0]!),
    __contains__(self, args) {
      const x = args[0]!;
      return selfText(self).includes(intOf(x) !== undefined ? subArg(x) : bytesArg(x));
    },
    __add__(self, args) {
      const data = bytesData(args[0]!);
      if (data === undefined) {
        if (!typeOf(args[0]!).isHeapType) typeError(`can't concat ${typeName(args[0]!)} to bytes`);
        return NotImplemented;
      }
      const a = (self as PyBytes).data;
      const out = new Uint8Array(a.length + data.length);
      out.set(a);
      out.set(data, a.length);
      return new PyBytes(out);
    },
    __mul__: (self, args) => bytesMul(self, args[0]!),
    __rmul__: (self, args) => bytesMul(self, args[0]!),
    __getnewargs__: (self) => new PyTuple([self]),
    decode(self, args, kwnames) {
      const [encoding, errors] = keywords('decode', args, kwnames, ['encoding', 'errors']);
      const enc = encoding === undefined ? 'utf-8' : strValueOf(encoding) ?? typeError(`decode() argument 'encoding' must be str, not ${typeName(encoding)}`);
      const err = errors === undefined ? 'strict' : strValueOf(errors) ?? typeError(`decode() argument 'errors' must be str, not ${typeName(errors)}`);
      return decodeBytes((self as PyBytes).data, enc, err);
    },
    hex(self, args, kwnames) {
      const [sep, perSep] = keywords('hex', args, kwnames, ['sep', 'bytes_per_sep']);
      return toHex((self as PyBytes).data, sep, perSep);
    },
    find: searchMethod('find', (s, sub, a, b) => findText(s, sub, a, b, false)),
    rfind: searchMethod('rfind', (s, sub, a, b) => findText(s, sub, a, b, true)),
    index: searchMethod('index', (s, sub, a, b) => {
      const i = findText(s, sub, a, b, false);
      return i < 0 ? raise('ValueError', 'subsection not found') : i;
    }),
    rindex: searchMethod('rindex', (s, sub, a, b) => {
      const i = findText(s, sub, a, b, true);
      return i < 0 ? raise('ValueError', 'subsection not found') : i;
    }),
    count: searchMethod('count', countText),
    startswith: tailMatch('startswith', false),
    endswith: tailMatch('endswith', true),
  });
  defineBytesTransforms();
}

function defineBytesTransforms(): void {
  defMethods(T.bytes, {
    split: splitter('split'),
    rsplit: splitter('rsplit'),
    splitlines(self, args, kwnames) {
      const [keepends] = keywords('splitlines', args, kwnames, ['keepends']);
      return new PyList(splitLines(selfText(self), keepends !== undefined && indexValue(keepends) != 0, false).map(fromLatin1)); // eslint-disable-line eqeqeq
    },
    strip: stripper('strip', true, true),
    lstrip: stripper('lstrip', true, false),
    rstrip: stripper('rstrip', false, true),
    join(self, args, kwnames) {
      positional('join', args, kwnames, 1, 1);
      return bytesJoin(selfText(self), args[0]!);
    },
    replace(self, args, kwnames) {
      positional('replace', args, kwnames, 2, 3);
      const count = args.length > 2 ? Number(indexValue(args[2]!)) : -1;
      return fromLatin1(replaceText(selfText(self), bytesArg(args[0]!), bytesArg(args[1]!), count));
    },
    partition(self, args) {
      const s = selfText(self);
      const sep = bytesArg(args[0]!);
      if (sep === '') raise('ValueError', 'empty separator');
      const pos = s.indexOf(sep);
      const parts = pos < 0 ? [s, '', ''] : [s.slice(0, pos), sep, s.slice(pos + sep.length)];
      return new PyTuple(parts.map(fromLatin1));
    },
    rpartition(self, args) {
      const s = selfText(self);
      const sep = bytesArg(args[0]!);
      if (sep === '') raise('ValueError', 'empty separator');
      const pos = s.lastIndexOf(sep);
      const parts = pos < 0 ? ['', '', s] : [s.slice(0, pos), sep, s.slice(pos + sep.length)];
      return new PyTuple(parts.map(fromLatin1));
    },
    center: padder('^'),
    ljust: padder('<'),
    rjust: padder('>'),
    zfill: (self, args) => fromLatin1(zfillText(selfText(self), (self as PyBytes).data.length, Number(indexValue(args[0]!)))),
    removeprefix(self, args) {
      const s = selfText(self);
      const p = bytesArg(args[0]!);
      return p !== '' && s.startsWith(p) ? fromLatin1(s.slice(p.length)) : self;
    },
    removesuffix(self, args) {
      const s = selfText(self);
      const p = bytesArg(args[0]!);
      return p !== '' && s.endsWith(p) ? fromLatin1(s.slice(0, s.length - p.length)) : self;
    },
    upper: mapBytes((s) => asciiCase(s, true)),
    lower: mapBytes((s) => asciiCase(s, false)),
    isdigit: predicate(/^[0-9]+$/),
    isalpha: predicate(/^[a-zA-Z]+$/),
    isalnum: predicate(/^[a-zA-Z0-9]+$/),
    isspace: predicate(/^[ \t\n\r\x0b\x0c]+$/),
    isupper: (self) => /[A-Z]/.test(selfText(self)) && !/[a-z]/.test(selfText(self)),
    islower: (self) => /[a-z]/.test(selfText(self)) && !/[A-Z]/.test(selfText(self)),
    isascii: predicate(/^[\x00-\x7f]*$/),
  });
  ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => defMethods(T.bytes, { [name]: compare(op) }));
}

function padder(align: '<' | '>' | '^'): NativeMethod {
  return (self, args) => {
    const s = selfText(self);
    const fill = args[1] === undefined ? ' ' : bytesArg(args[1]);
    if (fill.length !== 1) typeError(`${align === '^' ? 'center' : align === '<' ? 'ljust' : 'rjust'}() argument 2 must be a byte string of length 1, not bytes`);
    return fromLatin1(padText(s, s.length, Number(indexValue(args[0]!)), fill, align));
  };
}

let defined = false;
/** Installs the methods of bytes (idempotent). */
export function defineBytes(): void {
  if (defined) return;
  defined = true;
  defStatic(T.bytes, '__new__', bytesNew);
  defClassMethod(T.bytes, 'fromhex', (args) => {
    const text = strValueOf(args[1] ?? null);
    if (text === undefined) typeError(`fromhex() argument must be str, not ${typeName(args[1] ?? null)}`);
    return fromHex(text);
  });
  defineBytesMethods();
}
