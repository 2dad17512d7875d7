// Python operators (https://docs.python.org/3/reference/expressions.html), shared by both
// tiers: BINARY_OP ids from opcodes.ts, rich comparisons, unary operators. Ints stay JS
// numbers while results are safe integers and switch to BigInt beyond (canonical form);
// floats are PyFloat boxes here (compiled code unboxes them). Other types go through the
// dunder protocol with reflection and NotImplemented, like CPython's binary_op1.

import { raise, typeError, typeName, zeroDivision, overflowError } from './exceptions.js';
import { libm } from './libm.js';
import { NotImplemented, PyDict, PyFrozenSet, PyFunction, PyMethodDescriptor, PySet } from './objects.js';
import { callSpecial, eq, getIter, iterNext, lookupType, richCompare, truthy } from './protocols.js';
import type { PyType } from './type-object.js';
import { T, isSubtype, typeOf } from './types.js';
import { PyBytes, PyFloat, PyList, PyObject, PyTuple, normInt, type PyValue } from './values.js';
import { BINARY_OPS, COMPARE_OPS, INPLACE_OFFSET } from '../bytecode/opcodes.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Dunder names per BINARY_OP id (0..12). */
const DUNDERS = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];
const FORWARD = DUNDERS.map((n) => `__${n}__`);
const REFLECTED = DUNDERS.map((n) => `__r${n}__`);
const INPLACE = DUNDERS.map((n) => `__i${n}__`);

export type Int = number | bigint;

function big(v: Int): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** An int operand of a mixed expression as a double; OverflowError when too large. */
export function intToFloat(v: Int): number {
  if (typeof v === 'number') return v;
  const f = Number(v);
  if (!Number.isFinite(f)) overflowError('int too large to convert to float');
  return f;
}

/** Returns the int value of an int or bool, or undefined for other types. */
function asInt(v: PyValue): Int | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Int arithmetic

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normInt(big(a) + big(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normInt(big(a) - big(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0; // + 0 turns -0 into 0
  }
  return normInt(big(a) * big(b));
}

export function intFloorDiv(a: Int, b: Int): Int {
  if (b === 0 || b === 0n) zeroDivision('integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number' && a <= 2147483647 && a >= -2147483648) {
    return Math.floor(a / b) + 0;
  }
  const x = big(a);
  const y = big(b);
  let q = x / y;
  // BigInt division truncates; floor differs only for operands of opposite signs that do not
  // divide exactly (tested with a product: a second division would cost as much again).
  if ((x < 0n) !== (y < 0n) && q * y !== x) q -= 1n;
  return normInt(q);
}

export function intMod(a: Int, b: Int): Int {
  if (b === 0 || b === 0n) zeroDivision('integer modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return r !== 0 && (r < 0) !== (b < 0) ? r + b : r + 0;
  }
  const y = big(b);
  let r = big(a) % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return normInt(r);
}

export function intPow(a: Int, b: Int): PyValue {
  if (b < 0) return new PyFloat(floatPow(intToFloat(a), intToFloat(b)));
  if (typeof a === 'number' && typeof b === 'number') {
    const r = Math.pow(a, b);
    if (Number.isSafeInteger(r) && Math.abs(r) < 2 ** 52) return r;
  }
  return normInt(big(a) ** big(b));
}

export function intTrueDiv(a: Int, b: Int): PyFloat {
  if (b === 0 || b === 0n) zeroDivision('division by zero');
  if (typeof a === 'number' && typeof b === 'number') return new PyFloat(a / b);
  return new PyFloat(bigTrueDiv(big(a), big(b)));
}

/** Correctly rounded a / b for big ints (CPython long_true_divide, simplified). */
function bigTrueDiv(a: bigint, b: bigint): number {
  const negative = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  // Scale so the quotient has 64+ significant bits, then let Number() round once.
  const shift = BigInt(Math.max(0, 66 - (a.toString(2).length - b.toString(2).length)));
  const q = (a << shift) / b;
  const sticky = (a << shift) % b !== 0n ? 1n : 0n;
  const value = Number((q << 1n) | sticky) / 2 ** (Number(shift) + 1);
  if (!Number.isFinite(value)) overflowError('integer division result too large for a float');
  return negative ? -value : value;
}

/** 2 ** k for k in [0, 64): shifts of small ints scale by these exactly (both tiers). */
export const POW2 = Float64Array.from({ length: 64 }, (_, k) => 2 ** k);

function intShift(a: Int, b: Int, left: boolean): Int {
  if (b < 0) raise('ValueError', 'negative shift count');
  if (left) {
    // Exact while the product stays a safe integer (a power-of-two scaling never rounds).
    if (typeof a === 'number' && typeof b === 'number' && b < 53) {
      const r = a * POW2[b]!;
      if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    }
    if (typeof b === 'bigint' && a !== 0 && a !== 0n) raise('OverflowError', 'too many digits in integer');
    return normInt(big(a) << big(b));
  }
  if (typeof a === 'number' && typeof b === 'number') return b >= 64 ? (a < 0 ? -1 : 0) : Math.floor(a / POW2[b]!);
  return normInt(big(a) >> big(b));
}

function int32Bitwise(a: number, b: number, op: number): number {
  return op === 1 ? a & b : op === 7 ? a | b : a ^ b;
}

const TWO_32 = 4294967296;

export function intBitwise(a: Int, b: Int, op: number): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b) return int32Bitwise(a, b, op);
    // Safe integers as two's complement words: a = hi * 2^32 + lo, with hi in [-2^21, 2^21)
    // (floor division by a power of two is exact) and lo = a mod 2^32 (what >>> 0 gives).
    const hi = int32Bitwise(Math.floor(a / TWO_32), Math.floor(b / TWO_32), op);
    const r = hi * TWO_32 + (int32Bitwise(a >>> 0, b >>> 0, op) >>> 0);
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  const x = big(a);
  const y = big(b);
  return normInt(op === 1 ? x & y : op === 7 ? x | y : x ^ y);
}

function intBinary(op: number, a: Int, b: Int): PyValue {
  switch (op) {
    case 0: return intAdd(a, b);
    case 10: return intSub(a, b);
    case 5: return intMul(a, b);
    case 2: return intFloorDiv(a, b);
    case 6: return intMod(a, b);
    case 11: return intTrueDiv(a, b);
    case 8: return intPow(a, b);
    case 3: return intShift(a, b, true);
    case 9: return intShift(a, b, false);
    case 1: case 7: case 12: return intBitwise(a, b, op);
  }
  return NotImplemented;
}

// ---------------------------------------------------------------------------------------
// Float arithmetic (https://docs.python.org/3/reference/expressions.html#binary-arithmetic-operations)

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) zeroDivision('float floor division by zero');
  return floatDivMod(a, b)[0];
}

/** CPython's _float_div_mod: floor quotient and remainder of b != 0, from C's fmod (JS `%`),
 *  with C truthiness (a NaN remainder or quotient counts as nonzero). */
export function floatDivMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1;
    }
  } else {
    mod = copySign(0, wx);
  }
  if (div === 0) return [copySign(0, vx / wx), mod];
  let floordiv = Math.floor(div);
  if (div - floordiv > 0.5) floordiv += 1;
  return [floordiv, mod];
}

function copySign(x: number, sign: number): number {
  return sign < 0 || Object.is(sign, -0) ? -Math.abs(x) : Math.abs(x);
}

function floatModRaw(a: number, b: number): number {
  const m = a % b;
  if (m === 0) return b < 0 ? -0 : 0;
  return (m < 0) !== (b < 0) ? m + b : m;
}

export function floatMod(a: number, b: number): number {
  if (b === 0) zeroDivision('float modulo');
  return floatModRaw(a, b);
}

/** float ** float as CPython's float_pow: IEEE special cases decided here (infinities, NaN,
 *  zero and negative bases), then the correctly rounded C pow for finite positive bases. */
export function floatPow(iv: number, iw: number): number {
  if (iw === 0) return 1;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1 ? 1 : iw;
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1) return 1;
    return (iw > 0) === (av > 1) ? Infinity : 0;
  }
  const odd = Number.isInteger(iw) && Math.abs(iw % 2) === 1;
  if (!Number.isFinite(iv)) {
    if (iw > 0) return odd ? iv : Infinity;
    return odd ? copySign(0, iv) : 0;
  }
  if (iv === 0) {
    if (iw < 0) zeroDivision('0.0 cannot be raised to a negative power');
    return odd ? iv : 0;
  }
  let negate = false;
  if (iv < 0) {
    if (!Number.isInteger(iw)) raise('ValueError', 'negative number cannot be raised to a fractional power');
    iv = -iv;
    negate = odd;
  }
  if (iv === 1) return negate ? -1 : 1;
  const r = libm.pow(iv, iw);
  if (!Number.isFinite(r)) overflowError('(34, \'Numerical result out of range\')');
  return negate ? -r : r;
}

function floatBinary(op: number, a: number, b: number): PyValue {
  switch (op) {
    case 0: return new PyFloat(a + b);
    case 10: return new PyFloat(a - b);
    case 5: return new PyFloat(a * b);
    case 11:
      if (b === 0) zeroDivision('float division by zero');
      return new PyFloat(a / b);
    case 2: return new PyFloat(floatFloorDiv(a, b));
    case 6: return new PyFloat(floatMod(a, b));
    case 8: return new PyFloat(floatPow(a, b));
  }
  return NotImplemented;
}

// ---------------------------------------------------------------------------------------
// Dispatch

/** BINARY_OP: `op` is an id from BINARY_OPS, in-place forms at INPLACE_OFFSET + id. */
export function binaryOp(op: number, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    if (op === 0 || op === 13) {
      const r = a + b;
      if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    } else if (op === 10 || op === 23) {
      const r = a - b;
      if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    }
  }
  const base = op >= INPLACE_OFFSET ? op - INPLACE_OFFSET : op;
  if (base === 6 && typeof a === 'string' && !isStrSubclassInstance(b)) return strPercent(a, b);
  const r = numericBinary(base, a, b);
  if (r !== NotImplemented) return r;
  if (typeof a === 'string' && typeof b === 'string' && base === 0) return a + b;
  if (op >= INPLACE_OFFSET) {
    const inplace = callSpecial(a, INPLACE[base]!, [b]);
    if (inplace !== undefined && inplace !== NotImplemented) return inplace;
  }
  return genericBinary(base, a, b, false);
}

/** `str % operand` through str.__mod__'s fixed entry: what the generic path does unless the
 *  operand's class is a str subclass, whose __rmod__ goes first. */
function strPercent(template: string, operand: PyValue): PyValue {
  strMod ??= T.str.dict.get('__mod__') as PyMethodDescriptor;
  return strMod.fixed(template, operand);
}
/** str.__mod__, looked up on first use (str's namespace cannot change). */
let strMod: PyMethodDescriptor | undefined;

function isStrSubclassInstance(v: PyValue): boolean {
  return v instanceof PyObject && v.type.isHeapType && isSubtype(v.type, T.str);
}

/** For a site cache: the Python function `a op b` calls first when a and b have these
 *  classes (a's __iop__ for an in-place op if it has one, else its __op__), or null when that
 *  first step is anything else: a native method, or b's reflected method going first. */
export function firstBinaryMethod(op: number, ta: PyType, tb: PyType): PyFunction | null {
  const base = op >= INPLACE_OFFSET ? op - INPLACE_OFFSET : op;
  if (op >= INPLACE_OFFSET) {
    const inplace = lookupType(ta, INPLACE[base]!);
    if (inplace !== undefined) return inplace instanceof PyFunction ? inplace : null;
  }
  if (ta !== tb && isSubtype(tb, ta) && lookupType(tb, REFLECTED[base]!) !== undefined) return null;
  const forward = lookupType(ta, FORWARD[base]!);
  return forward instanceof PyFunction ? forward : null;
}

/** The rest of `a op b` once firstBinaryMethod's method has returned NotImplemented. */
export function binaryAfterFirst(op: number, a: PyValue, b: PyValue): PyValue {
  const base = op >= INPLACE_OFFSET ? op - INPLACE_OFFSET : op;
  const triedInplace = op >= INPLACE_OFFSET && lookupType(typeOf(a), INPLACE[base]!) !== undefined;
  return genericBinary(base, a, b, !triedInplace);
}

/** The int/float/bool fast paths; NotImplemented for anything else. Only exact floats take
 *  them: a float subclass may override the operator (or its reflection, which then goes
 *  first), so its instances go through the class's methods. */
export function numericBinary(op: number, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'boolean' && typeof b === 'boolean' && (op === 1 || op === 7 || op === 12)) {
    return op === 1 ? a && b : op === 7 ? a || b : a !== b; // bool & | ^ bool stays a bool
  }
  const ia = asInt(a);
  if (ia !== undefined) {
    const ib = asInt(b);
    if (ib !== undefined) return intBinary(op, ia, ib);
    if (b instanceof PyFloat && b.type === T.float) return floatBinary(op, intToFloat(ia), b.value);
    return NotImplemented;
  }
  if (a instanceof PyFloat && a.type === T.float) {
    if (b instanceof PyFloat && b.type === T.float) return floatBinary(op, a.value, b.value);
    const ib = asInt(b);
    if (ib !== undefined) return floatBinary(op, a.value, intToFloat(ib));
  }
  return NotImplemented;
}

function isSequence(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyBytes;
}

/** a.__op__(b), then b.__rop__(a) (first when b's class is a subclass of a's overriding it);
 *  `forwardDone`: a.__op__ has already returned NotImplemented. */
function genericBinary(op: number, a: PyValue, b: PyValue, forwardDone: boolean): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const reflectFirst = !forwardDone && ta !== tb && isSubtype(tb, ta) && lookupType(tb, REFLECTED[op]!) !== undefined;
  if (reflectFirst) {
    const r = callSpecial(b, REFLECTED[op]!, [a]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  if (!forwardDone) {
    const r1 = callSpecial(a, FORWARD[op]!, [b]);
    if (r1 !== undefined && r1 !== NotImplemented) return r1;
  }
  if (ta !== tb && !reflectFirst) {
    const r2 = callSpecial(b, REFLECTED[op]!, [a]);
    if (r2 !== undefined && r2 !== NotImplemented) return r2;
  }
  if (op === 5 && isSequence(a)) typeError(`can't multiply sequence by non-int of type '${tb.name}'`);
  if (op === 5 && isSequence(b)) typeError(`can't multiply sequence by non-int of type '${ta.name}'`);
  if (op === 0 && a instanceof PyBytes) typeError(`can't concat ${tb.name} to bytes`);
  if (op === 0 && typeof a === 'string') typeError(`can only concatenate str (not "${tb.name}") to str`);
  if (op === 0 && a instanceof PyList && ta === typeOf(new PyList([]))) typeError(`can only concatenate list (not "${tb.name}") to list`);
  if (op === 0 && a instanceof PyTuple && !ta.isHeapType) typeError(`can only concatenate tuple (not "${tb.name}") to tuple`);
  const symbol = op === 8 ? '** or pow()' : BINARY_OPS[op]!;
  return typeError(`unsupported operand type(s) for ${symbol}: '${ta.name}' and '${tb.name}'`);
}

// ---------------------------------------------------------------------------------------
// Comparisons

const CMP_DUNDERS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const CMP_REFLECTED = ['__gt__', '__ge__', '__eq__', '__ne__', '__lt__', '__le__'];

function numericValue(v: PyValue): number | bigint | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat && v.type === T.float) return v.value;
  return undefined;
}

function compareValues(op: number, x: number | bigint | string, y: number | bigint | string): boolean {
  switch (op) {
    case 0: return x < y;
    case 1: return x <= y;
    case 2: return x == y; // eslint-disable-line eqeqeq -- number vs bigint compares by value
    case 3: return x != y; // eslint-disable-line eqeqeq
    case 4: return x > y;
    default: return x >= y;
  }
}

/** The code point at UTF-16 offset i, or of the pair that offset i ends or starts. */
function codePointAround(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const lead = s.charCodeAt(i - 1);
    if (lead >= 0xd800 && lead <= 0xdbff) return (lead - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const trail = s.charCodeAt(i + 1);
    if (trail >= 0xdc00 && trail <= 0xdfff) return (c - 0xd800) * 0x400 + (trail - 0xdc00) + 0x10000;
  }
  return c;
}

/** Sign of a - b in code point order, which str comparisons use
 *  (https://docs.python.org/3/reference/expressions.html#value-comparisons). JS compares
 *  UTF-16 units, which agrees except where a surrogate meets a unit from U+E000 up. */
export function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x < 0xd800 || y < 0xd800) return x - y;
    return codePointAround(a, i) - codePointAround(b, i);
  }
  return a.length - b.length;
}

function compareStrs(op: number, a: string, b: string): boolean {
  if (op === 2) return a === b;
  if (op === 3) return a !== b;
  return compareValues(op, compareStrings(a, b), 0);
}

/** COMPARE_OP: `op` indexes COMPARE_OPS. Returns a guest value (usually a bool). */
export function compareOp(op: number, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') return compareValues(op, a, b);
  if (typeof a === 'string' && typeof b === 'string') return compareStrs(op, a, b);
  const x = numericValue(a);
  if (x !== undefined) {
    const y = numericValue(b);
    if (y !== undefined) return compareValues(op, x, y);
  }
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    if (!a.type.isHeapType && !b.type.isHeapType) return compareSequences(op, a.items, b.items);
  }
  return richCompare(a, b, CMP_DUNDERS[op]!, CMP_REFLECTED[op]!, () => {
    if (op === 2) return a === b;
    if (op === 3) return a !== b;
    return typeError(`'${COMPARE_OPS[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
  });
}

/** Lexicographic comparison of lists/tuples, as CPython's list_richcompare. */
export function compareSequences(op: number, xs: PyValue[], ys: PyValue[]): boolean {
  const n = Math.min(xs.length, ys.length);
  let i = 0;
  while (i < n && eq(xs[i]!, ys[i]!)) i++;
  if (i >= n) return compareValues(op, xs.length, ys.length);
  if (op === 2) return false;
  if (op === 3) return true;
  return truthy(compareOp(op, xs[i]!, ys[i]!));
}

// ---------------------------------------------------------------------------------------
// Unary operators

export function unaryNegative(v: PyValue): PyValue {
  if (typeof v === 'number') return v === 0 ? 0 : -v;
  if (typeof v === 'bigint') return normInt(-v);
  if (typeof v === 'boolean') return v ? -1 : 0;
  if (v instanceof PyFloat && v.type === T.float) return new PyFloat(-v.value);
  return unaryDunder(v, '__neg__', '-');
}

export function unaryPositive(v: PyValue): PyValue {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat && v.type === T.float) return v;
  return unaryDunder(v, '__pos__', '+');
}

export function unaryInvert(v: PyValue): PyValue {
  if (typeof v === 'number') return (v | 0) === v ? ~v : normInt(~BigInt(v));
  if (typeof v === 'bigint') return normInt(~v);
  if (typeof v === 'boolean') return v ? -2 : -1;
  return unaryDunder(v, '__invert__', '~');
}

function unaryDunder(v: PyValue, name: string, symbol: string): PyValue {
  const r = callSpecial(v, name, []);
  if (r === undefined) typeError(`bad operand type for unary ${symbol}: '${typeName(v)}'`);
  return r;
}

/** `x in container` (CONTAINS_OP). */
export function contains(container: PyValue, item: PyValue): boolean {
  // Exact built-in containers first, as their __contains__ would answer (a subclass may
  // override __contains__, so it takes the general path).
  if (typeof container === 'string' && typeof item === 'string') return container.includes(item);
  if (container instanceof PyDict && !container.type.isHeapType) return container.table.has(item);
  if ((container instanceof PySet || container instanceof PyFrozenSet) && !container.type.isHeapType && !(item instanceof PySet)) {
    return container.table.has(item);
  }
  if ((container instanceof PyList || container instanceof PyTuple) && !container.type.isHeapType) {
    const xs = container.items;
    for (let i = 0; i < xs.length; i++) if (xs[i] === item || eq(xs[i]!, item)) return true;
    return false;
  }
  const r = callSpecial(container, '__contains__', [item]);
  if (r !== undefined) return truthy(r);
  return iterContains(container, item);
}

function iterContains(container: PyValue, item: PyValue): boolean {
  const type = typeOf(container);
  if (lookupType(type, '__iter__') === undefined && lookupType(type, '__getitem__') === undefined) {
    typeError(`argument of type '${type.name}' is not iterable`);
  }
  const it = getIter(container);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (eq(x, item)) return true;
  return false;
}
