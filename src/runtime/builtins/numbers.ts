// The numeric classes int, bool and float (https://docs.python.org/3/library/stdtypes.html#numeric-types-int-float-complex):
// constructors, methods, and every arithmetic and comparison dunder (delegating to operators.ts
// so `int.__add__(1, 2)` and `a + b` agree). Instances of int subclasses are PyIntBox objects.
// Text parsing and rounding are in number-text.ts, abs/round/divmod/pow/bin/oct/hex in
// numeric-builtins.ts (NUMERIC_BUILTINS is re-exported here for the builtins namespace).

import { overflowError, raise, typeError, typeName, zeroDivision } from '../exceptions.js';
import { floatRepr, formatFloat, formatInt } from '../float-format.js';
import { NotImplemented, newAttrDict, type AttrDict, type NativeMethod } from '../objects.js';
import {
  compareOp, floatDivMod, intFloorDiv, intMod, intToFloat, numericBinary, unaryInvert, unaryNegative, type Int,
} from '../operators.js';
import { call, callMethodDescr, lookupType, repr, toArray, truthy } from '../protocols.js';
import { PyType } from '../type-object.js';
import { T, isSubtype, typeOf } from '../types.js';
import { PyBytes, PyFloat, PyObject, PyTuple, normInt, type PyValue } from '../values.js';
import { arity, bindNative, defClassMethod, defFixedCall, defGetter, defMethod, defMethods, defStatic, noKeywords } from './define.js';
import { R, exactHash, floatHash64, int64Value } from './set-order.js';
import { strValueOf } from './strings.js';
import {
  asIntegerRatio, floatFromHex, floatHex, floatRoundDigits, floatRoundToInt, floatToInt, parseFloatText,
  parseIntText,
} from './number-text.js';

/** An instance of a subclass of int (`class Flags(int)`): the value boxed with its class. */
export class PyIntBox extends PyObject {
  attrs: AttrDict = newAttrDict();
  constructor(type: PyType, readonly value: Int) {
    super();
    this.type = type;
  }
}

/** The int value of an int, bool or int-subclass instance; undefined for anything else. */
export function intOf(v: PyValue): Int | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  return v instanceof PyIntBox ? v.value : undefined;
}

function selfInt(v: PyValue): Int {
  return intOf(v)!;
}

function selfFloat(v: PyValue): number {
  return (v as PyFloat).value;
}

function big(v: Int): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** operator.index(v) without a size limit: an int, or TypeError. */
export function indexValue(v: PyValue): Int {
  const i = intOf(v);
  if (i !== undefined) return i;
  const hook = v !== null ? lookupType(typeOf(v), '__index__') : undefined;
  if (hook === undefined) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  const r = callMethodDescr(hook, v, []);
  const ri = intOf(r);
  if (ri === undefined) typeError(`__index__ returned non-int (type ${typeName(r)})`);
  return ri;
}

/** float(v) for a real number (int, bool, float, __float__, __index__), or undefined. */
export function floatOf(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  const i = intOf(v);
  if (i !== undefined) return intToFloat(i);
  if (v === null || typeof v !== 'object') return undefined;
  const type = typeOf(v);
  const hook = lookupType(type, '__float__');
  if (hook !== undefined) {
    const r = callMethodDescr(hook, v, []);
    if (!(r instanceof PyFloat)) typeError(`${type.name}.__float__ returned non-float (type ${typeName(r)})`);
    return r.value;
  }
  if (lookupType(type, '__index__') !== undefined) return intToFloat(indexValue(v));
  return undefined;
}

/** repr() of a parse argument for error messages, truncated like CPython's %.200R. */
function literalRepr(v: PyValue): string {
  const r = repr(v);
  return r.length > 200 ? Array.from(r).slice(0, 200).join('') : r;
}

function bytesText(v: PyValue): string | undefined {
  if (v instanceof PyBytes) return String.fromCharCode(...v.data);
  return undefined;
}

// ---------------------------------------------------------------------------------------
// int(x), int(text, base), float(x)

/** PyNumber_Long: int(v) for one argument. */
export function toIntValue(v: PyValue): Int {
  // An int subclass keeps its value unless it overrides __int__ (CPython's nb_int slot).
  const i = v instanceof PyIntBox && lookupType(v.type, '__int__') !== T.int.dict.get('__int__') ? undefined : intOf(v);
  if (i !== undefined) return i;
  if (v instanceof PyFloat && !v.type.isHeapType) return floatToInt(v.value);
  const text = strValueOf(v) ?? bytesText(v);
  if (text !== undefined) return parseIntChecked(v, text, 10);
  const type = typeOf(v);
  for (const name of ['__int__', '__index__', '__trunc__']) {
    const hook = lookupType(type, name);
    if (hook === undefined || hook === null) continue;
    const r = callMethodDescr(hook, v, []);
    const ri = intOf(r);
    if (ri !== undefined) return ri;
    if (name === '__trunc__') return indexValue(r);
    return typeError(`${name} returned non-int (type ${typeName(r)})`);
  }
  return typeError(`int() argument must be a string, a bytes-like object or a real number, not '${type.name}'`);
}

function parseIntChecked(v: PyValue, text: string, base: number): Int {
  const value = parseIntText(text, base);
  if (value === undefined) raise('ValueError', `invalid literal for int() with base ${base}: ${literalRepr(v)}`);
  return value;
}

function intNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = args[0] as PyType;
  if (!(cls instanceof PyType) || !isSubtype(cls, T.int)) {
    typeError(`int.__new__(${cls instanceof PyType ? cls.name : typeName(cls)}): ${cls instanceof PyType ? cls.name : typeName(cls)} is not a subtype of int`);
  }
  const [x, baseArg] = bindIntArgs(args.slice(1), kwnames);
  let value: Int;
  if (baseArg === undefined) value = x === undefined ? 0 : toIntValue(x);
  else {
    if (x === undefined) typeError('int() missing string argument');
    const base = Number(indexValue(baseArg));
    if (base !== 0 && (base < 2 || base > 36)) raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
    const text = strValueOf(x) ?? bytesText(x);
    if (text === undefined) typeError("int() can't convert non-string with explicit base");
    value = parseIntChecked(x, text, base);
  }
  return cls === T.int ? value : new PyIntBox(cls, value);
}

function bindIntArgs(args: PyValue[], kwnames: readonly string[] | null): [PyValue | undefined, PyValue | undefined] {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > 2) typeError(`int() takes at most 2 arguments (${npos} given)`);
  let base = npos > 1 ? args[1] : undefined;
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] !== 'base') typeError(`'${kwnames![i]}' is an invalid keyword argument for int()`);
    base = args[npos + i];
  }
  return [npos > 0 ? args[0] : undefined, base];
}

/** float(v) for one argument (PyNumber_Float). */
export function toFloatValue(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  const text = strValueOf(v) ?? bytesText(v);
  if (text !== undefined) {
    const x = parseFloatText(text);
    if (x === undefined) raise('ValueError', `could not convert string to float: ${repr(v)}`);
    return x;
  }
  const x = floatOf(v);
  if (x === undefined) typeError(`float() argument must be a string or a real number, not '${typeName(v)}'`);
  return x;
}

function floatNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  noKeywords('float', kwnames);
  const cls = args[0] as PyType;
  if (args.length > 2) typeError(`float expected at most 1 argument, got ${args.length - 1}`);
  const arg = args[1];
  if (cls === T.float && arg instanceof PyFloat && !arg.type.isHeapType) return arg;
  const f = new PyFloat(arg === undefined ? 0 : toFloatValue(arg));
  if (cls !== T.float) {
    f.type = cls;
    (f as unknown as { attrs: AttrDict }).attrs = newAttrDict();
  }
  return f;
}

function boolNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  noKeywords('bool', kwnames);
  if (args.length > 2) typeError(`bool expected at most 1 argument, got ${args.length - 1}`);
  return args.length > 1 ? truthy(args[1]!) : false;
}

// ---------------------------------------------------------------------------------------
// Arithmetic dunders

/** [dunder name, BINARY_OP id] of the operators int implements (operators.ts numbering). */
const INT_OPS: ReadonlyArray<readonly [string, number]> = [
  ['add', 0], ['and', 1], ['floordiv', 2], ['lshift', 3], ['mul', 5], ['mod', 6], ['or', 7], ['rshift', 9],
  ['sub', 10], ['truediv', 11], ['xor', 12],
];
const FLOAT_OPS = INT_OPS.filter(([name]) => !['and', 'or', 'xor', 'lshift', 'rshift'].includes(name));
const COMPARISONS: ReadonlyArray<readonly [string, number]> = [['lt', 0], ['le', 1], ['eq', 2], ['ne', 3], ['gt', 4], ['ge', 5]];

function one(name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (args.length !== 1 || (kwnames !== null && kwnames.length > 0)) arity(name, args, kwnames, 1);
  return args[0]!;
}

function defineIntArithmetic(): void {
  for (const [name, op] of INT_OPS) {
    defMethod(T.int, `__${name}__`, (self, args, kw) => {
      const b = intOf(one(`__${name}__`, args, kw));
      return b === undefined ? NotImplemented : numericBinary(op, selfInt(self), b);
    });
    defMethod(T.int, `__r${name}__`, (self, args, kw) => {
      const a = intOf(one(`__r${name}__`, args, kw));
      return a === undefined ? NotImplemented : numericBinary(op, a, selfInt(self));
    });
  }
  defMethod(T.int, '__pow__', (self, args, kw) => intPowDunder(selfInt(self), args, kw, false));
  defMethod(T.int, '__rpow__', (self, args, kw) => intPowDunder(selfInt(self), args, kw, true));
  defMethod(T.int, '__divmod__', (self, args, kw) => {
    const b = intOf(one('__divmod__', args, kw));
    return b === undefined ? NotImplemented : intDivmod(selfInt(self), b);
  });
  defMethod(T.int, '__rdivmod__', (self, args, kw) => {
    const a = intOf(one('__rdivmod__', args, kw));
    return a === undefined ? NotImplemented : intDivmod(a, selfInt(self));
  });
  for (const [name, op] of COMPARISONS) {
    defMethod(T.int, `__${name}__`, (self, args, kw) => {
      const b = intOf(one(`__${name}__`, args, kw));
      return b === undefined ? NotImplemented : compareOp(op, selfInt(self), b);
    });
  }
}

function intPowDunder(self: Int, args: PyValue[], kwnames: readonly string[] | null, reflected: boolean): PyValue {
  arity(reflected ? '__rpow__' : '__pow__', args, kwnames, 1, 2);
  const other = intOf(args[0]!);
  if (other === undefined) return NotImplemented;
  const [base, exp] = reflected ? [other, self] : [self, other];
  const mod = args[1];
  if (mod === undefined || mod === null) return numericBinary(8, base, exp);
  const m = intOf(mod);
  return m === undefined ? NotImplemented : modPow(base, exp, m);
}

export function intDivmod(a: Int, b: Int): PyTuple {
  return new PyTuple([intFloorDiv(a, b), intMod(a, b)]);
}

/** pow(base, exp, mod) for ints, including a negative exponent (modular inverse). */
export function modPow(base: Int, exp: Int, mod: Int): Int {
  if (mod === 0 || mod === 0n) raise('ValueError', 'pow() 3rd argument cannot be 0');
  const m = big(mod);
  const am = m < 0n ? -m : m;
  let b = ((big(base) % am) + am) % am;
  let e = big(exp);
  if (e < 0n) {
    b = modInverse(b, am);
    e = -e;
  }
  let r = am === 1n ? 0n : 1n;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % am;
    b = (b * b) % am;
    e >>= 1n;
  }
  if (m < 0n && r !== 0n) r += m;
  return normInt(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) raise('ValueError', 'base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

function defineFloatArithmetic(): void {
  const other = (v: PyValue): number | undefined => {
    if (v instanceof PyFloat) return v.value;
    const i = intOf(v);
    return i === undefined ? undefined : intToFloat(i);
  };
  for (const [name, op] of FLOAT_OPS) {
    defMethod(T.float, `__${name}__`, (self, args, kw) => {
      const b = other(one(`__${name}__`, args, kw));
      return b === undefined ? NotImplemented : numericBinary(op, new PyFloat(selfFloat(self)), new PyFloat(b));
    });
    defMethod(T.float, `__r${name}__`, (self, args, kw) => {
      const a = other(one(`__r${name}__`, args, kw));
      return a === undefined ? NotImplemented : numericBinary(op, new PyFloat(a), new PyFloat(selfFloat(self)));
    });
  }
  const pow = (reflected: boolean): NativeMethod => (self, args, kw) => {
    arity(reflected ? '__rpow__' : '__pow__', args, kw, 1, 2);
    const b = other(args[0]!);
    if (b === undefined) return NotImplemented;
    if (args[1] !== undefined && args[1] !== null) typeError('pow() 3rd argument not allowed unless all arguments are integers');
    const [x, y] = reflected ? [b, selfFloat(self)] : [selfFloat(self), b];
    return numericBinary(8, new PyFloat(x), new PyFloat(y));
  };
  defMethod(T.float, '__pow__', pow(false));
  defMethod(T.float, '__rpow__', pow(true));
  defMethod(T.float, '__divmod__', (self, args, kw) => {
    const b = other(one('__divmod__', args, kw));
    return b === undefined ? NotImplemented : floatDivmod(selfFloat(self), b);
  });
  defMethod(T.float, '__rdivmod__', (self, args, kw) => {
    const a = other(one('__rdivmod__', args, kw));
    return a === undefined ? NotImplemented : floatDivmod(a, selfFloat(self));
  });
  for (const [name, op] of COMPARISONS) {
    defMethod(T.float, `__${name}__`, (self, args, kw) => {
      const b = one(`__${name}__`, args, kw);
      if (!(b instanceof PyFloat) && intOf(b) === undefined) return NotImplemented;
      return compareOp(op, new PyFloat(selfFloat(self)), b instanceof PyFloat ? new PyFloat(b.value) : intOf(b)!);
    });
  }
}

/** divmod() of two floats (float_divmod). */
export function floatDivmod(vx: number, wx: number): PyTuple {
  if (wx === 0) zeroDivision('float divmod()');
  const [floordiv, mod] = floatDivMod(vx, wx);
  return new PyTuple([new PyFloat(floordiv), new PyFloat(mod)]);
}

// ---------------------------------------------------------------------------------------
// int methods

function bitLength(v: Int): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    return a === 0 ? 0 : a < 2 ** 31 ? 32 - Math.clz32(a) : a.toString(2).length;
  }
  return (v < 0n ? -v : v).toString(2).length;
}

function bitCount(v: Int): number {
  let n = 0;
  for (const c of (typeof v === 'number' ? Math.abs(v) : v < 0n ? -v : v).toString(2)) if (c === '1') n++;
  return n;
}

/** round(int, ndigits) for a negative ndigits: half to even at 10**-ndigits. */
function intRoundDigits(v: Int, ndigits: Int): Int {
  if (ndigits >= 0) return v;
  if (-ndigits > 5000) return 0; // 10**5000 exceeds any int we can hold; the result rounds to 0
  const b = 10n ** big(-(Number(ndigits)));
  const x = big(v);
  let q = x / b;
  let r = x % b;
  if (r < 0n) {
    r += b;
    q -= 1n;
  }
  if (2n * r > b || (2n * r === b && (q & 1n) === 1n)) q += 1n;
  return normInt(q * b);
}

function intToBytes(self: Int, args: PyValue[], kwnames: readonly string[] | null): PyBytes {
  const [lengthArg, orderArg, signedArg] = bindNative('to_bytes', args, kwnames, ['length', 'byteorder', 'signed']);
  const length = Number(indexValue(lengthArg ?? 1));
  if (length < 0) raise('ValueError', 'length argument must be non-negative');
  const little = byteOrder(orderArg);
  const signed = signedArg !== undefined && truthy(signedArg);
  let v = big(self);
  if (v < 0n && !signed) overflowError("can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  const fits = signed ? v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n) : v < 1n << bits;
  if (!fits || (length === 0 && v !== 0n)) overflowError('int too big to convert');
  if (v < 0n) v += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return new PyBytes(out);
}

function byteOrder(v: PyValue | undefined): boolean {
  if (v === undefined || v === 'big') return false;
  if (v === 'little') return true;
  if (typeof v !== 'string') typeError(`to_bytes() argument 'byteorder' must be str, not ${typeName(v)}`);
  return raise('ValueError', "byteorder must be either 'little' or 'big'");
}

function intFromBytes(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = args[0] as PyType;
  const [bytesArg, orderArg, signedArg] = bindNative('from_bytes', args.slice(1), kwnames, ['bytes', 'byteorder', 'signed'], 1);
  const data = bytesArg instanceof PyBytes ? bytesArg.data : Uint8Array.from(byteValues(bytesArg!));
  const little = byteOrder(orderArg);
  let v = 0n;
  for (let i = 0; i < data.length; i++) v = (v << 8n) | BigInt(data[little ? data.length - 1 - i : i]!);
  if (signedArg !== undefined && truthy(signedArg) && data.length > 0 && v >= 1n << BigInt(data.length * 8 - 1)) {
    v -= 1n << BigInt(data.length * 8);
  }
  const value = normInt(v);
  return cls === T.int ? value : call(cls, [value]);
}

/** The values of an iterable of ints in range(256) (bytes(iterable)). */
export function byteValues(v: PyValue): number[] {
  return toArray(v).map((x) => {
    const n = indexValue(x);
    if (n < 0 || n > 255) raise('ValueError', 'bytes must be in range(0, 256)');
    return Number(n);
  });
}

function defineIntMethods(): void {
  const noArgs = (name: string, fn: (v: Int) => PyValue): NativeMethod => (self, args, kw) => {
    if (args.length !== 0 || (kw !== null && kw.length > 0)) arity(`int.${name}`, args, kw, 0);
    return fn(selfInt(self));
  };
  defMethods(T.int, {
    __repr__: noArgs('__repr__', (v) => repr(v)),
    __hash__: noArgs('__hash__', (v) => exactHash(v)),
    __bool__: noArgs('__bool__', (v) => v !== 0 && v !== 0n),
    __index__: noArgs('__index__', (v) => v),
    __int__: noArgs('__int__', (v) => v),
    __trunc__: noArgs('__trunc__', (v) => v),
    __floor__: noArgs('__floor__', (v) => v),
    __ceil__: noArgs('__ceil__', (v) => v),
    __pos__: noArgs('__pos__', (v) => v),
    __neg__: noArgs('__neg__', (v) => unaryNegative(v)),
    __invert__: noArgs('__invert__', (v) => unaryInvert(v)),
    __abs__: noArgs('__abs__', (v) => (v < 0 ? unaryNegative(v) : v)),
    __float__: noArgs('__float__', (v) => new PyFloat(intToFloat(v))),
    conjugate: noArgs('conjugate', (v) => v),
    bit_length: noArgs('bit_length', bitLength),
    bit_count: noArgs('bit_count', bitCount),
    as_integer_ratio: noArgs('as_integer_ratio', (v) => new PyTuple([v, 1])),
    __getnewargs__: noArgs('__getnewargs__', (v) => new PyTuple([v])),
    __format__(self, args, kw) {
      const spec = one('__format__', args, kw);
      if (typeof spec !== 'string') typeError(`__format__() argument must be str, not ${typeName(spec)}`);
      if (typeof self === 'boolean') return spec === '' ? (self ? 'True' : 'False') : formatInt(self ? 1 : 0, spec, 'bool');
      return formatInt(selfInt(self), spec, typeName(self));
    },
    __round__(self, args, kw) {
      arity('__round__', args, kw, 0, 1);
      const v = selfInt(self);
      return args.length === 0 ? v : intRoundDigits(v, indexValue(args[0]!));
    },
    to_bytes: (self, args, kw) => intToBytes(selfInt(self), args, kw),
  });
  defStatic(T.int, '__new__', intNew);
  defFixedCall(T.int, 0, 1, (x) => (x === undefined ? 0 : toIntValue(x)));
  defClassMethod(T.int, 'from_bytes', intFromBytes);
  const intValue = (o: PyValue): PyValue => selfInt(o);
  defGetter(T.int, 'real', intValue);
  defGetter(T.int, 'imag', () => 0);
  defGetter(T.int, 'numerator', intValue);
  defGetter(T.int, 'denominator', () => 1);
}

function defineBool(): void {
  defStatic(T.bool, '__new__', boolNew);
  defFixedCall(T.bool, 0, 1, (x) => (x === undefined ? false : truthy(x)));
  defMethod(T.bool, '__repr__', (self) => (self === true ? 'True' : 'False'));
  for (const [name, op] of [['and', 1], ['or', 7], ['xor', 12]] as const) {
    const method = (reflected: boolean): NativeMethod => (self, args, kw) => {
      const other = one(`__${reflected ? 'r' : ''}${name}__`, args, kw);
      const b = typeof other === 'boolean' ? other : intOf(other);
      if (b === undefined) return NotImplemented;
      const a = typeof self === 'boolean' ? self : selfInt(self);
      return reflected ? numericBinary(op, b, a) : numericBinary(op, a, b);
    };
    defMethod(T.bool, `__${name}__`, method(false));
    defMethod(T.bool, `__r${name}__`, method(true));
  }
}

// ---------------------------------------------------------------------------------------
// float methods

function defineFloatMethods(): void {
  const noArgs = (name: string, fn: (v: number) => PyValue): NativeMethod => (self, args, kw) => {
    if (args.length !== 0 || (kw !== null && kw.length > 0)) arity(`float.${name}`, args, kw, 0);
    return fn(selfFloat(self));
  };
  const toInt = (f: (x: number) => number) => (x: number): PyValue => floatToInt(f(x));
  defMethods(T.float, {
    __repr__: noArgs('__repr__', floatRepr),
    __hash__: noArgs('__hash__', (x) => {
      floatHash64(x);
      return Number.isNaN(x) ? 0 : int64Value(R.hi, R.lo);
    }),
    __bool__: noArgs('__bool__', (x) => x !== 0),
    __int__: noArgs('__int__', toInt(Math.trunc)),
    __trunc__: noArgs('__trunc__', toInt(Math.trunc)),
    __floor__: noArgs('__floor__', toInt(Math.floor)),
    __ceil__: noArgs('__ceil__', toInt(Math.ceil)),
    __float__: noArgs('__float__', (x) => new PyFloat(x)),
    __pos__: noArgs('__pos__', (x) => new PyFloat(x)),
    __neg__: noArgs('__neg__', (x) => new PyFloat(-x)),
    __abs__: noArgs('__abs__', (x) => new PyFloat(Math.abs(x))),
    conjugate: noArgs('conjugate', (x) => new PyFloat(x)),
    is_integer: noArgs('is_integer', (x) => Number.isInteger(x)),
    as_integer_ratio: noArgs('as_integer_ratio', asIntegerRatio),
    hex: noArgs('hex', floatHex),
    __getnewargs__: noArgs('__getnewargs__', (x) => new PyTuple([new PyFloat(x)])),
    __format__(self, args, kw) {
      const spec = one('__format__', args, kw);
      if (typeof spec !== 'string') typeError(`__format__() argument must be str, not ${typeName(spec)}`);
      return formatFloat(selfFloat(self), spec);
    },
    __round__(self, args, kw) {
      arity('__round__', args, kw, 0, 1);
      const x = selfFloat(self);
      if (args.length === 0 || args[0] === null) return floatRoundToInt(x);
      return new PyFloat(floatRoundDigits(x, Number(clampIndex(indexValue(args[0]!)))));
    },
  });
  defStatic(T.float, '__new__', floatNew);
  defFixedCall(T.float, 0, 1, (x) => (x instanceof PyFloat && !x.type.isHeapType ? x : new PyFloat(x === undefined ? 0 : toFloatValue(x))));
  defClassMethod(T.float, 'fromhex', (args, kw) => {
    arity('fromhex', args.slice(1), kw, 1);
    const s = strValueOf(args[1]!);
    if (s === undefined) typeError(`fromhex() argument must be str, not ${typeName(args[1]!)}`);
    const f = new PyFloat(floatFromHex(s));
    return args[0] === T.float ? f : call(args[0]!, [f]);
  });
  defGetter(T.float, 'real', (o) => new PyFloat(selfFloat(o)));
  defGetter(T.float, 'imag', () => new PyFloat(0));
}

export function clampIndex(v: Int): number {
  if (typeof v === 'number') return v;
  return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

let defined = false;
/** Installs int, bool and float methods (idempotent). */
export function defineNumbers(): void {
  if (defined) return;
  defined = true;
  defineIntArithmetic();
  defineIntMethods();
  defineBool();
  defineFloatArithmetic();
  defineFloatMethods();
}

export { NUMERIC_BUILTINS } from './numeric-builtins.js';
export { decimalValue, floatToInt } from './number-text.js';
