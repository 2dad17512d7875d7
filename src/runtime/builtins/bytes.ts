// The bytes class (https://docs.python.org/3/library/stdtypes.html#bytes-objects): constructor,
// methods, % formatting and CPython's b'...' repr. Byte-string algorithms run on latin-1 JS
// strings (one char per byte) so they share the linear search/split code of strings.ts;
// encodings live in codecs.ts.

import { raise, typeError, typeName } from '../exceptions.js';
import { NotImplemented, PySlice, type NativeMethod } from '../objects.js';
import { compareOp } from '../operators.js';
import { percentFormat, type PercentHooks } from '../float-format.js';
import { asciiRepr } from '../ops.js';
import { callSpecial, lookupType, stringHash, strLength, toArray } from '../protocols.js';
import { bytesSlice, getItem } from '../subscript.js';
import { PyType } from '../type-object.js';
import { T, typeOf } from '../types.js';
import { decodeBytes, encodeText, latin1 } from './codecs.js';
import { PyBytes, PyList, PyTuple, type PyValue } from '../values.js';
import { arity, bindNative, defClassMethod, defMethods, defStatic } from './define.js';
import { byteValues, indexValue, intOf } from './numbers.js';
import { PERCENT_HOOKS, repeatCountOf, strValueOf } from './strings.js';
import {
  adjustIndices, countText, findText, isAsciiSpace, padText, replaceText, rsplitSep, rsplitWhitespace, splitLines, splitSep,
  splitWhitespace, stripText, zfillText, expandTabs,
} from './text.js';

// ---------------------------------------------------------------------------------------
// Latin-1 views: bytes algorithms run on strings whose chars are the byte values

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

function swapAscii(s: string): string {
  return s.replace(/[a-zA-Z]/g, (c) => (c <= 'Z' ? c.toLowerCase() : c.toUpperCase()));
}

/** bytes.title(): ASCII letters after a letter are lowered, others raised. */
function titleAscii(s: string): string {
  return s.replace(/[a-zA-Z]+/g, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase());
}

/** printf-style formatting of bytes: %s takes bytes-likes, %r and %a give ASCII reprs. */
let bytesHooks: PercentHooks | null = null;

function bytesPercentHooks(): PercentHooks {
  return (bytesHooks ??= {
    ...PERCENT_HOOKS,
    str(v) {
      const value = v as PyValue;
      if (value instanceof PyBytes) return latin1(value.data);
      const r = value !== null && typeof value === 'object' ? callSpecial(value, '__bytes__', []) : undefined;
      if (r instanceof PyBytes) return latin1(r.data);
      return typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(value)}'`);
    },
    repr: (v) => asciiRepr(v as PyValue),
    asStr: (v) => (v instanceof PyBytes ? latin1(v.data) : undefined),
    isMapping: (v) => !(v instanceof PyBytes) && PERCENT_HOOKS.isMapping(v),
    getItem: (m, key) => getItem(m as PyValue, fromLatin1(key)),
  });
}

function bytesPercent(self: PyValue, operand: PyValue): PyBytes {
  const text = percentFormat(selfText(self), operand, bytesPercentHooks());
  if (/[^\x00-\xff]/.test(text)) raise('OverflowError', '%c arg not in range(256)');
  return fromLatin1(text);
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
  if (key instanceof PySlice) return bytesSlice(data, key);
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
    __mod__: (self, args) => bytesPercent(self, args[0]!),
    __rmod__: () => NotImplemented,
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
    swapcase: mapBytes(swapAscii),
    title: mapBytes(titleAscii),
    capitalize: mapBytes((s) => asciiCase(s.slice(0, 1), true) + asciiCase(s.slice(1), false)),
    upper: mapBytes((s) => asciiCase(s, true)),
    lower: mapBytes((s) => asciiCase(s, false)),
    isdigit: predicate(/^[0-9]+$/),
    isalpha: predicate(/^[a-zA-Z]+$/),
    isalnum: predicate(/^[a-zA-Z0-9]+$/),
    isspace: predicate(/^[ \t\n\r\x0b\x0c]+$/),
    isupper: (self) => /[A-Z]/.test(selfText(self)) && !/[a-z]/.test(selfText(self)),
    islower: (self) => /[a-z]/.test(selfText(self)) && !/[A-Z]/.test(selfText(self)),
    isascii: predicate(/^[\x00-\x7f]*$/),
    istitle: (self) => isAsciiTitle(selfText(self)),
    expandtabs(self, args, kwnames) {
      const [tabsize] = bindNative('expandtabs', args, kwnames, ['tabsize'], 0);
      return fromLatin1(expandTabs(selfText(self), tabsize === undefined ? 8 : Number(indexValue(tabsize))));
    },
    translate(self, args, kwnames) {
      const [table, remove] = bindNative('translate', args, kwnames, ['table', 'delete'], 1);
      return fromLatin1(translateBytes(selfText(self), table!, remove === undefined ? '' : bytesArg(remove)));
    },
  });
  defStatic(T.bytes, 'maketrans', (args) => {
    arity('maketrans', args, null, 2);
    const [from, to] = [bytesArg(args[0]!), bytesArg(args[1]!)];
    if (from.length !== to.length) raise('ValueError', 'maketrans arguments must have same length');
    const table = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i));
    for (let i = 0; i < from.length; i++) table[from.charCodeAt(i)] = to[i]!;
    return fromLatin1(table.join(''));
  });
  ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => defMethods(T.bytes, { [name]: compare(op) }));
}

/** bytes.translate: map through a 256-byte table (None keeps bytes), dropping `remove`'s bytes. */
function translateBytes(s: string, table: PyValue, remove: string): string {
  const map = table === null ? null : bytesArg(table);
  if (map !== null && map.length !== 256) raise('ValueError', 'translation table must be 256 characters long');
  let out = '';
  for (const ch of s) if (!remove.includes(ch)) out += map === null ? ch : map[ch.charCodeAt(0)]!;
  return out;
}

/** bytes.istitle: ASCII cased runs start upper-case, and there is at least one. */
function isAsciiTitle(s: string): boolean {
  let cased = false;
  let previousCased = false;
  for (const ch of s) {
    const upper = ch >= 'A' && ch <= 'Z';
    const lower = ch >= 'a' && ch <= 'z';
    if ((upper && previousCased) || (lower && !previousCased)) return false;
    if (upper || lower) cased = true;
    previousCased = upper || lower;
  }
  return cased;
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
