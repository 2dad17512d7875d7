// The array module (https://docs.python.org/3.11/library/array.html): array.array over typed
// arrays (array-store.ts) with the sequence protocol, slicing, bytes conversion and CPython's
// messages (Modules/arraymodule.c, 3.11). Items are converted and range-checked on the way in,
// so an array never holds a value its typecode cannot represent.

import { indexError, raise, typeError, typeName } from '../exceptions.js';
import { NotImplemented, PyModule, PyNativeIterator, PySlice, type AttrDict } from '../objects.js';
import { compareSequences } from '../operators.js';
import { eq, getIter, identityHash, iterNext, lookupType, repr } from '../protocols.js';
import { seqIndex, sliceArray, sliceBounds } from '../subscript.js';
import type { PyType } from '../type-object.js';
import { isSubtype, typeOf } from '../types.js';
import { PyBytes, PyList, PyTuple, type PyValue } from '../values.js';
import { defGetter, defMethods, defStatic } from '../builtins/define.js';
import { PyArray, TYPECODES, TYPECODE_LIST, toRaw, type Raw } from './array-store.js';
import { clinicArity, iteratorClass, nativeClass, oneArg, toSmallInt } from './module-util.js';

const asArray = (v: PyValue): PyArray => v as PyArray;

function bytesLike(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  const data = (v as { data?: unknown } | null)?.data;
  if (data instanceof Uint8Array) return data;
  return typeError(`a bytes-like object is required, not '${typeName(v)}'`);
}

function isIntLike(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || (v !== null && lookupType(typeOf(v), '__index__') !== undefined);
}

function frombytes(a: PyArray, v: PyValue): void {
  const bytes = bytesLike(v);
  if (bytes.length % a.tc.itemsize !== 0) raise('ValueError', 'bytes length not a multiple of item size');
  a.pushBytes(bytes);
}

function extend(a: PyArray, v: PyValue, cls: PyType): void {
  if (isSubtype(typeOf(v), cls)) {
    if (asArray(v).tc !== a.tc) typeError('can only extend with array of same kind');
    for (const r of asArray(v).raw()) a.push(r);
    return;
  }
  const it = getIter(v);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) a.push(toRaw(a.tc, x));
}

/** array(typecode[, initializer]). */
function arrayNew(cls: PyType) {
  return (args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    const target = args[0] as PyType;
    if (kwnames !== null && kwnames.length > 0) typeError('array.array() takes no keyword arguments');
    if (args.length < 2) typeError('array() takes at least 1 argument (0 given)');
    if (args.length > 3) typeError(`array() takes at most 2 arguments (${args.length - 1} given)`);
    const code = args[1]!;
    if (typeof code !== 'string' || [...code].length !== 1) typeError(`array() argument 1 must be a unicode character, not ${typeName(code)}`);
    const tc = TYPECODES[code];
    if (tc === undefined) raise('ValueError', `bad typecode (must be ${TYPECODE_LIST.split('').join(', ').replace(/, d$/, ' or d')})`);
    const a = new PyArray(target, tc);
    if (target !== cls) a.attrs = Object.create(null) as AttrDict;
    if (args.length === 3) initialize(a, args[2]!, cls);
    return a;
  };
}

function initialize(a: PyArray, init: PyValue, cls: PyType): void {
  if (typeof init === 'string') {
    if (a.tc.code !== 'u') typeError(`cannot use a str to initialize an array with typecode '${a.tc.code}'`);
    for (const ch of init) a.push(ch.codePointAt(0)!);
    return;
  }
  if (init instanceof PyBytes) return frombytes(a, init);
  if (isSubtype(typeOf(init), cls) && asArray(init).tc.code === 'u' && a.tc.code !== 'u') {
    typeError(`cannot use a unicode array to initialize an array with typecode '${a.tc.code}'`);
  }
  const it = getIter(init);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) a.push(toRaw(a.tc, x));
}

function sameKind(a: PyArray, raw: Raw[]): PyArray {
  const out = new PyArray(typeOf(a), a.tc);
  out.setRaw(raw);
  return out;
}

function findItem(a: PyArray, x: PyValue, start = 0, stop = a.length): number {
  for (let i = start; i < Math.min(stop, a.length); i++) if (eq(a.item(i), x)) return i;
  return -1;
}

function clamp(i: number, len: number): number {
  return i < 0 ? Math.max(0, i + len) : Math.min(i, len);
}

function removeAt(a: PyArray, i: number): void {
  const raw = a.raw();
  raw.splice(i, 1);
  a.setRaw(raw);
}

function defineEditing(cls: PyType): void {
  defMethods(cls, {
    append: (self, args, kw) => (oneArg('array.append', args, kw), asArray(self).push(toRaw(asArray(self).tc, args[0]!)), null),
    extend: (self, args, kw) => (oneArg('array.extend', args, kw), extend(asArray(self), args[0]!, cls), null),
    insert(self, args, kw) {
      clinicArity('insert', args, kw, 2);
      const a = asArray(self);
      const raw = a.raw();
      raw.splice(clamp(toSmallInt(args[0]!), raw.length), 0, toRaw(a.tc, args[1]!));
      a.setRaw(raw);
      return null;
    },
    pop(self, args, kw) {
      clinicArity('pop', args, kw, 0, 1);
      const a = asArray(self);
      if (a.length === 0) indexError('pop from empty array');
      let i = args.length > 0 ? toSmallInt(args[0]!) : -1;
      if (i < 0) i += a.length;
      if (i < 0 || i >= a.length) indexError('pop index out of range');
      const v = a.item(i);
      removeAt(a, i);
      return v;
    },
    remove(self, args, kw) {
      oneArg('array.remove', args, kw);
      const i = findItem(asArray(self), args[0]!);
      if (i < 0) raise('ValueError', 'array.remove(x): x not in array');
      removeAt(asArray(self), i);
      return null;
    },
    reverse: (self) => (asArray(self).setRaw(asArray(self).raw().reverse()), null),
  });
}

function checkUnicode(a: PyArray, method: string): void {
  if (a.tc.code !== 'u') raise('ValueError', `${method}() may only be called on unicode type arrays`);
}

function defineConversions(cls: PyType): void {
  defMethods(cls, {
    frombytes: (self, args, kw) => (oneArg('array.frombytes', args, kw), frombytes(asArray(self), args[0]!), null),
    fromlist(self, args, kw) {
      oneArg('array.fromlist', args, kw);
      if (!(args[0] instanceof PyList)) typeError('arg must be list');
      const a = asArray(self);
      for (const r of args[0].items.map((v) => toRaw(a.tc, v))) a.push(r);
      return null;
    },
    fromunicode(self, args, kw) {
      oneArg('array.fromunicode', args, kw);
      checkUnicode(asArray(self), 'fromunicode');
      if (typeof args[0] !== 'string') typeError(`fromunicode() argument must be str, not ${typeName(args[0]!)}`);
      for (const ch of args[0]) asArray(self).push(ch.codePointAt(0)!);
      return null;
    },
    byteswap(self) {
      const a = asArray(self);
      const bytes = a.bytes();
      for (let i = 0; i < bytes.length; i += a.tc.itemsize) bytes.subarray(i, i + a.tc.itemsize).reverse();
      a.setRaw([]);
      a.pushBytes(bytes);
      return null;
    },
    tolist: (self) => new PyList(asArray(self).items()),
    tobytes: (self) => new PyBytes(asArray(self).bytes()),
    tounicode: (self) => (checkUnicode(asArray(self), 'tounicode'), String.fromCodePoint(...(asArray(self).raw() as number[]))),
    buffer_info: (self) => new PyTuple([0x7f0000000000 + identityHash(self as object) * 4096, asArray(self).length]),
  });
}

function arrayRepr(self: PyValue): string {
  const a = asArray(self);
  const name = typeOf(self).name;
  if (a.length === 0) return `${name}('${a.tc.code}')`;
  const body = a.tc.code === 'u' ? repr(String.fromCodePoint(...(a.raw() as number[]))) : `[${a.items().map((v) => repr(v)).join(', ')}]`;
  return `${name}('${a.tc.code}', ${body})`;
}

function defineQueries(cls: PyType): void {
  defMethods(cls, {
    index(self, args, kw) {
      clinicArity('index', args, kw, 1, 3);
      const a = asArray(self);
      const start = args.length > 1 ? clamp(toSmallInt(args[1]!), a.length) : 0;
      const stop = args.length > 2 ? clamp(toSmallInt(args[2]!), a.length) : a.length;
      const i = findItem(a, args[0]!, start, stop);
      if (i < 0) raise('ValueError', 'array.index(x): x not in array');
      return i;
    },
    count(self, args, kw) {
      oneArg('array.count', args, kw);
      return asArray(self).items().filter((v) => eq(v, args[0]!)).length;
    },
    __copy__: (self) => sameKind(asArray(self), asArray(self).raw()),
    __deepcopy__: (self) => sameKind(asArray(self), asArray(self).raw()),
    __len__: (self) => asArray(self).length,
    __contains__: (self, args) => findItem(asArray(self), args[0]!) >= 0,
    __repr__: arrayRepr,
  });
  defGetter(cls, 'typecode', (self) => asArray(self).tc.code);
  defGetter(cls, 'itemsize', (self) => asArray(self).tc.itemsize);
}

function setSlice(a: PyArray, slice: PySlice, value: PyValue, cls: PyType): void {
  if (!isSubtype(typeOf(value), cls)) typeError(`can only assign array (not "${typeName(value)}") to array slice`);
  const other = asArray(value);
  if (other.tc !== a.tc) typeError('bad argument type for built-in operation');
  const raw = a.raw();
  const items = other.raw();
  const { start, stop, step, count } = sliceBounds(slice, raw.length);
  if (step === 1) {
    raw.splice(start, Math.max(0, stop - start), ...items);
  } else {
    if (items.length !== count) raise('ValueError', `attempt to assign array of size ${items.length} to extended slice of size ${count}`);
    for (let i = 0, j = start; i < count; i++, j += step) raw[j] = items[i]!;
  }
  a.setRaw(raw);
}

function deleteItems(a: PyArray, key: PyValue): void {
  const raw = a.raw();
  if (key instanceof PySlice) {
    const { start, step, count } = sliceBounds(key, raw.length);
    const doomed = new Set<number>();
    for (let i = 0, j = start; i < count; i++, j += step) doomed.add(j);
    a.setRaw(raw.filter((_, i) => !doomed.has(i)));
    return;
  }
  raw.splice(seqIndex(key, raw.length, 'array assignment'), 1);
  a.setRaw(raw);
}

function repeat(a: PyArray, n: PyValue): PyArray | typeof NotImplemented {
  if (!isIntLike(n)) {
    if (n !== null && typeOf(n).isHeapType && lookupType(typeOf(n), '__rmul__') !== undefined) return NotImplemented;
    typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  }
  const raw = a.raw();
  const out: Raw[] = [];
  for (let k = toSmallInt(n); k > 0; k--) out.push(...raw);
  return sameKind(a, out);
}

function defineSequence(cls: PyType, iterType: PyType): void {
  defMethods(cls, {
    __getitem__(self, args) {
      const a = asArray(self);
      const key = args[0]!;
      if (key instanceof PySlice) return sameKind(a, sliceArray(a.raw(), key));
      return a.item(seqIndex(key, a.length, 'array'));
    },
    __setitem__(self, args) {
      const a = asArray(self);
      const key = args[0]!;
      if (key instanceof PySlice) setSlice(a, key, args[1]!, cls);
      else a.data[seqIndex(key, a.length, 'array assignment')] = toRaw(a.tc, args[1]!);
      return null;
    },
    __delitem__: (self, args) => (deleteItems(asArray(self), args[0]!), null),
    __iter__(self) {
      const a = asArray(self);
      let i = 0;
      return new PyNativeIterator(() => (i < a.length ? a.item(i++) : undefined), iterType);
    },
  });
}

function defineArithmetic(cls: PyType): void {
  defMethods(cls, {
    __add__(self, args) {
      const other = args[0]!;
      if (!isSubtype(typeOf(other), cls)) typeError(`can only append array (not "${typeName(other)}") to array`);
      if (asArray(other).tc !== asArray(self).tc) typeError('bad argument type for built-in operation');
      return sameKind(asArray(self), [...asArray(self).raw(), ...asArray(other).raw()]);
    },
    __iadd__(self, args) {
      const other = args[0]!;
      if (!isSubtype(typeOf(other), cls)) typeError(`can only extend array with array (not "${typeName(other)}")`);
      extend(asArray(self), other, cls);
      return self;
    },
    __mul__: (self, args) => repeat(asArray(self), args[0]!),
    __rmul__: (self, args) => repeat(asArray(self), args[0]!),
    __imul__(self, args) {
      const r = repeat(asArray(self), args[0]!);
      if (r === NotImplemented) return r;
      asArray(self).setRaw((r as PyArray).raw());
      return self;
    },
  });
  ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
    defMethods(cls, {
      [name]: (self: PyValue, args: PyValue[]) => {
        const other = args[0]!;
        if (!isSubtype(typeOf(other), cls)) return NotImplemented;
        return compareSequences(op, asArray(self).items(), asArray(other).items());
      },
    });
  });
}

export function create(): PyModule {
  const module = new PyModule('array');
  const cls = nativeClass('array', 'array');
  cls.dict.set('__hash__', null);
  defStatic(cls, '__new__', arrayNew(cls));
  defineEditing(cls);
  defineConversions(cls);
  defineQueries(cls);
  defineSequence(cls, iteratorClass('arrayiterator', 'array'));
  defineArithmetic(cls);
  module.dict.set('array', cls);
  module.dict.set('ArrayType', cls);
  module.dict.set('typecodes', TYPECODE_LIST);
  return module;
}

