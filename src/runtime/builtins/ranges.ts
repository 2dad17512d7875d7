// The range class (https://docs.python.org/3/library/stdtypes.html#ranges). Ranges within the
// safe-integer domain are the object model's PyRange (the interpreter iterates those directly);
// a range whose bounds or length leave it is a PyLongRange, same class, with bigint arithmetic,
// so range(0, 10**20, 7)[5] and membership stay O(1) like CPython's.

import { indexError, overflowError, raise, typeError, typeName } from '../exceptions.js';
import { NotImplemented, PyNativeIterator, PyRange, PySlice, newAttrDict, type AttrDict } from '../objects.js';
import { eq, getIter, lookupType, nativeIterator, repr, toIndex } from '../protocols.js';
import { sliceBounds } from '../subscript.js';
import type { PyType } from '../type-object.js';
import { IterTypes, T, typeOf } from '../types.js';
import { PyObject, PyTuple, normInt, type PyValue } from '../values.js';
import { arity, defGetter, defMethods, defStatic } from './define.js';
import { indexValue, intOf } from './numbers.js';
import { tupleHash } from './sequences.js';

/** A range beyond PyRange's safe integers: bounds are bigints. */
export class PyLongRange extends PyObject {
  constructor(
    readonly start: bigint,
    readonly stop: bigint,
    readonly step: bigint,
  ) {
    super();
    this.type = T.range;
  }
}

type AnyRange = PyRange | PyLongRange;
type Int = number | bigint;

function big(v: Int): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

function bigLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

/** A range of these bounds: a PyRange when every number involved is a safe integer. */
function makeRange(start: Int, stop: Int, step: Int): AnyRange {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number' && Number.isSafeInteger(stop - start)) {
    return new PyRange(start, stop, step);
  }
  return new PyLongRange(big(start), big(stop), big(step));
}

function bounds(r: AnyRange): [bigint, bigint, bigint] {
  return [big(r.start), big(r.stop), big(r.step)];
}

function lengthOf(r: AnyRange): Int {
  return r instanceof PyRange ? r.length : normInt(bigLength(r.start, r.stop, r.step));
}

function rangeNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) typeError('range() takes no keyword arguments');
  const n = args.length - 1;
  if (n < 1) typeError(`range expected at least 1 argument, got ${n}`);
  if (n > 3) typeError(`range expected at most 3 arguments, got ${n}`);
  const nums = args.slice(1).map(indexValue);
  const step = nums[2] ?? 1;
  if (step === 0 || step === 0n) raise('ValueError', 'range() arg 3 must not be zero');
  const r = n === 1 ? makeRange(0, nums[0]!, 1) : makeRange(nums[0]!, nums[1]!, step);
  if (args[0] === T.range) return r;
  r.type = args[0] as PyType;
  (r as unknown as { attrs: AttrDict }).attrs = newAttrDict();
  return r;
}

// ---------------------------------------------------------------------------------------
// Elements, membership, slicing

/** The position of an int in r, or -1n. */
function positionOf(r: AnyRange, v: Int): bigint {
  const [start, stop, step] = bounds(r);
  const offset = big(v) - start;
  if (offset % step !== 0n) return -1n;
  const i = offset / step;
  return i >= 0n && i < bigLength(start, stop, step) ? i : -1n;
}

/** Position of x (ints by arithmetic, anything else by ==), or -1n. */
function find(r: AnyRange, x: PyValue): bigint {
  const i = intOf(x);
  if (i !== undefined && (typeof x !== 'object' || x === null)) return positionOf(r, i);
  const it = getIter(r) as PyNativeIterator;
  for (let k = 0n, v = it.nextValue(); v !== undefined; k++, v = it.nextValue()) if (eq(v, x)) return k;
  return -1n;
}

function item(r: AnyRange, key: PyValue): PyValue {
  if (r instanceof PyRange) {
    const n = r.length;
    let i = typeof key === 'number' ? key : itemIndex(key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError('range object index out of range');
    return r.start + i * r.step;
  }
  const [start, stop, step] = bounds(r);
  const n = bigLength(start, stop, step);
  let i = big(indexValue(key));
  if (i < 0n) i += n;
  if (i < 0n || i >= n) indexError('range object index out of range');
  return normInt(start + i * step);
}

function itemIndex(key: PyValue): number {
  if (intOf(key) === undefined && (key === null || typeof key !== 'object' || lookupType(typeOf(key), '__index__') === undefined)) {
    typeError(`range indices must be integers or slices, not ${typeName(key)}`);
  }
  return toIndex(key);
}

/** range[slice] (compute_slice): the slice's indices mapped through the range. */
function slice(r: AnyRange, s: PySlice): AnyRange {
  if (r instanceof PyRange) {
    const { start, stop, step } = sliceBounds(s, r.length);
    return makeRange(r.start + start * r.step, r.start + stop * r.step, step * r.step);
  }
  const [start, stop, step] = bounds(r);
  const [a, b, c] = bigSliceIndices(s, bigLength(start, stop, step));
  return makeRange(normInt(start + a * step), normInt(start + b * step), normInt(c * step));
}

/** PySlice_GetIndicesEx in bigints, for lengths beyond the safe integers. */
function bigSliceIndices(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  const step = s.step === null ? 1n : big(indexValue(s.step));
  if (step === 0n) raise('ValueError', 'slice step cannot be zero');
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? length - 1n : length;
  const clamp = (v: PyValue, dflt: bigint): bigint => {
    if (v === null) return dflt;
    let i = big(indexValue(v));
    if (i < 0n) i = i + length < lower ? lower : i + length;
    else if (i > upper) i = upper;
    return i;
  };
  return [clamp(s.start, step < 0n ? upper : lower), clamp(s.stop, step < 0n ? lower : upper), step];
}

function iterate(r: AnyRange, reverse: boolean): PyNativeIterator {
  if (r instanceof PyRange) {
    const n = r.length;
    const first = reverse ? r.start + (n - 1) * r.step : r.start;
    const step = reverse ? -r.step : r.step;
    let i = 0;
    return nativeIterator(() => (i < n ? first + step * i++ : undefined), IterTypes.range_iterator);
  }
  const [start, stop, step] = bounds(r);
  const n = bigLength(start, stop, step);
  let value = reverse ? start + (n - 1n) * step : start;
  const delta = reverse ? -step : step;
  let i = 0n;
  return nativeIterator(() => {
    if (i >= n) return undefined;
    const v = value;
    value += delta;
    i++;
    return normInt(v);
  }, IterTypes.range_iterator);
}

function equals(a: AnyRange, other: PyValue): PyValue {
  if (!(other instanceof PyRange) && !(other instanceof PyLongRange)) return NotImplemented;
  const [s1, e1, st1] = bounds(a);
  const [s2, e2, st2] = bounds(other);
  const n = bigLength(s1, e1, st1);
  if (n !== bigLength(s2, e2, st2)) return false;
  if (n === 0n) return true;
  if (s1 !== s2) return false;
  return n === 1n || st1 === st2;
}

// ---------------------------------------------------------------------------------------
// Methods

function rangeOf(v: PyValue): AnyRange {
  return v as AnyRange;
}

export function defineRange(): void {
  defStatic(T.range, '__new__', rangeNew);
  defMethods(T.range, {
    __repr__(self) {
      const r = rangeOf(self);
      return r.step === 1 || r.step === 1n ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
    },
    __len__(self) {
      const n = lengthOf(rangeOf(self));
      if (typeof n === 'bigint' && n > 0x7fffffffffffffffn) overflowError('Python int too large to convert to C ssize_t');
      return n;
    },
    __bool__: (self) => lengthOf(rangeOf(self)) != 0, // eslint-disable-line eqeqeq
    __iter__: (self) => iterate(rangeOf(self), false),
    __reversed__: (self) => iterate(rangeOf(self), true),
    __getitem__: (self, args) => (args[0] instanceof PySlice ? slice(rangeOf(self), args[0]) : item(rangeOf(self), args[0]!)),
    __contains__: (self, args) => find(rangeOf(self), args[0]!) >= 0n,
    __hash__(self) {
      const r = rangeOf(self);
      const n = lengthOf(r);
      const empty = n === 0 || n === 0n;
      return tupleHash(new PyTuple([n, empty ? null : r.start, empty || n === 1 || n === 1n ? null : r.step]));
    },
    __eq__: (self, args) => equals(rangeOf(self), args[0]!),
    __ne__(self, args) {
      const r = equals(rangeOf(self), args[0]!);
      return r === NotImplemented ? r : !r;
    },
    index(self, args, kwnames) {
      arity('range.index', args, kwnames, 1);
      const i = find(rangeOf(self), args[0]!);
      if (i < 0n) raise('ValueError', `${repr(args[0]!)} is not in range`);
      return normInt(i);
    },
    count(self, args, kwnames) {
      arity('range.count', args, kwnames, 1);
      const r = rangeOf(self);
      const x = args[0]!;
      if (intOf(x) !== undefined && typeof x !== 'object') return find(r, x) >= 0n ? 1 : 0;
      let n = 0;
      const it = iterate(r, false);
      for (let v = it.nextValue(); v !== undefined; v = it.nextValue()) if (eq(v, x)) n++;
      return n;
    },
  });
  defGetter(T.range, 'start', (r) => (rangeOf(r) instanceof PyRange ? rangeOf(r).start : normInt(rangeOf(r).start as bigint)));
  defGetter(T.range, 'stop', (r) => (rangeOf(r) instanceof PyRange ? rangeOf(r).stop : normInt(rangeOf(r).stop as bigint)));
  defGetter(T.range, 'step', (r) => (rangeOf(r) instanceof PyRange ? rangeOf(r).step : normInt(rangeOf(r).step as bigint)));
}
