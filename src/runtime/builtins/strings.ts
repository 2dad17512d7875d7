// The str class (https://docs.python.org/3/library/stdtypes.html#text-sequence-type-str):
// constructor, every common method, and the dunders, with CPython's argument errors. Strings
// are JS UTF-16 strings; every index and length the guest sees counts code points. The text
// algorithms live in text.ts, str.format in str-format.ts, encodings in codecs.ts.

import { raise, typeError, typeName } from '../exceptions.js';
import { formatStr, percentFormat, type PercentHooks } from '../float-format.js';
import { NotImplemented, PyDict, newAttrDict, type AttrDict, type NativeMethod } from '../objects.js';
import { compareOp } from '../operators.js';
import { asciiRepr } from '../ops.js';
import {
  getIter, isPlainSequence, lookupType, repr, str, stringHash, strLength, strRepr, toArray,
} from '../protocols.js';
import { getItem } from '../subscript.js';
import { PyType } from '../type-object.js';
import { E, T, isSubtype, typeOf } from '../types.js';
import { PyBytes, PyFloat, PyList, PyObject, PyTuple, type PyValue } from '../values.js';
import { arity, defFixedCall, defMethod, defMethods, defStatic, fixedMethod, noKeywords, splitKeywords, withFixed } from './define.js';
import { decodeBytes, encodeText } from './codecs.js';
import { floatOf, floatToInt, indexValue, intOf, toIntValue } from './numbers.js';
import { formatWithArgs, formatWithMapping } from './str-format.js';
import {
  RE, capitalize, casefold, countText, expandTabs, findText, isLowerText, isPySpace, isSpaceText, isTitleText, isUpperText,
  padText, replaceText, rsplitSep, rsplitWhitespace, splitLines, splitSep, splitWhitespace, stripText, swapcase, tailMatch,
  title, zfillText,
} from './text.js';

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
  return fixedMethod(`str.${name}`, 0, 0, (self) => fn(selfStr(self)));
}

// ---------------------------------------------------------------------------------------
// Searching: find, rfind, index, rindex, count, startswith, endswith

/** A method taking 1 to 3 positional arguments (sub, start, end); compiled calls with one or
 *  two take its fixed entry. */
function searchMethod(name: string, impl: (s: string, sub: PyValue, start: PyValue | undefined, end: PyValue | undefined) => PyValue): NativeMethod {
  return withFixed((self, args, kwnames) => {
    parseArgs(name, args, kwnames, 1, 3);
    return impl(selfStr(self), args[0]!, args[1], args[2]);
  }, 1, 2, (self, sub, start) => impl(selfStr(self), sub!, start, undefined));
}

function startsOrEnds(name: string, atEnd: boolean): NativeMethod {
  return searchMethod(name, (s, prefix, start, end) => {
    if (prefix instanceof PyTuple) {
      for (const p of prefix.items) {
        if (tailMatch(s, strArg(p, `tuple for ${name} must only contain str, not ${typeName(p)}`), start, end, atEnd)) return true;
      }
      return false;
    }
    const text = strArg(prefix, `${name} first arg must be str or a tuple of str, not ${typeName(prefix)}`);
    return tailMatch(s, text, start, end, atEnd);
  });
}

function finder(name: string, reverse: boolean, raises: boolean): NativeMethod {
  return searchMethod(name, (s, sub, start, end) => {
    const i = findText(s, strArg(sub), start, end, reverse);
    if (i < 0 && raises) raise('ValueError', 'substring not found');
    return i;
  });
}

// ---------------------------------------------------------------------------------------
// Splitting

function splitMethod(name: 'split' | 'rsplit'): NativeMethod {
  const impl = (self: PyValue, sepArg: PyValue | undefined, maxArg: PyValue | undefined): PyValue => {
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
  return withFixed((self, args, kwnames) => {
    const [sepArg, maxArg] = keywordArgs(name, args, kwnames, ['sep', 'maxsplit']);
    return impl(self, sepArg, maxArg);
  }, 0, 2, impl);
}

function partition(s: string, sep: string, reverse: boolean): PyTuple {
  if (sep === '') raise('ValueError', 'empty separator');
  const pos = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (pos < 0) return new PyTuple(reverse ? ['', '', s] : [s, '', '']);
  return new PyTuple([s.slice(0, pos), sep, s.slice(pos + sep.length)]);
}

// ---------------------------------------------------------------------------------------
// Stripping, padding, join, translate

function stripMethod(name: string, left: boolean, right: boolean): NativeMethod {
  return fixedMethod(`str.${name}`, 0, 1, (self, chars) => {
    if (chars !== undefined && chars !== null && strValueOf(chars) === undefined) typeError(`${name} arg must be None or str`);
    return stripText(selfStr(self), chars === undefined || chars === null ? null : strValueOf(chars)!, left, right, isPySpace);
  });
}

function fillChar(v: PyValue | undefined): string {
  if (v === undefined) return ' ';
  const s = strValueOf(v);
  if (s === undefined) typeError(`The fill character must be a unicode character, not ${typeName(v)}`);
  if (strLength(s) !== 1) typeError('The fill character must be exactly one character long');
  return s;
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

/** sep.join(iterable) with CPython's item type errors. */
export function joinText(sep: string, iterable: PyValue): string {
  let items: PyValue[];
  if (isPlainSequence(iterable)) items = iterable.items;
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
  if (args.length === 2 && kwnames === null && cls === T.str) return str(args[1]!);
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
  defFixedCall(T.str, 0, 1, (x) => (x === undefined ? '' : str(x)));
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
    __mod__: withFixed((self, args, kw) => percentFormat(selfStr(self), wrapperArg('__mod__', args, kw), PERCENT_HOOKS), 1, 1,
      (self, operand) => percentFormat(selfStr(self), operand!, PERCENT_HOOKS)),
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

function replaceMethod(self: PyValue, oldArg: PyValue, repArg: PyValue, countArg: PyValue | undefined): string {
  const old = strArg(oldArg, `replace() argument 1 must be str, not ${typeName(oldArg)}`);
  const rep = strArg(repArg, `replace() argument 2 must be str, not ${typeName(repArg)}`);
  return replaceText(selfStr(self), old, rep, countArg === undefined ? -1 : Number(indexValue(countArg)));
}

function defineTransforms(): void {
  defMethods(T.str, {
    split: splitMethod('split'),
    rsplit: splitMethod('rsplit'),
    splitlines(self, args, kwnames) {
      const [keepends] = keywordArgs('splitlines', args, kwnames, ['keepends']);
      return new PyList(splitLines(selfStr(self), keepends !== undefined && indexValue(keepends) != 0, true)); // eslint-disable-line eqeqeq
    },
    partition: fixedMethod('str.partition', 1, 1, (self, sep) => partition(selfStr(self), strArg(sep!), false)),
    rpartition: fixedMethod('str.rpartition', 1, 1, (self, sep) => partition(selfStr(self), strArg(sep!), true)),
    strip: stripMethod('strip', true, true),
    lstrip: stripMethod('lstrip', true, false),
    rstrip: stripMethod('rstrip', false, true),
    replace: withFixed((self, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) typeError('str.replace() takes no keyword arguments');
      arity('replace', args, null, 2, 3);
      return replaceMethod(self, args[0]!, args[1]!, args[2]);
    }, 2, 2, (self, old, rep) => replaceMethod(self, old!, rep!, undefined)),
    join: fixedMethod('str.join', 1, 1, (self, iterable) => joinText(selfStr(self), iterable!)),
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
