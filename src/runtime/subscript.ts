// Subscription and slicing (https://docs.python.org/3/reference/expressions.html#subscriptions):
// container[key] get/set/delete with fast paths for list, tuple, str and dict, slice index
// arithmetic (slice.indices semantics), and the __getitem__ family for everything else.

import { hasSurrogates } from './builtins/text.js';
import { indexError, keyError, raise, typeError, typeName } from './exceptions.js';
import { PyDict, PyRange, PySlice } from './objects.js';
import { call, callSpecial, getAttrOpt, lookupType, toArray, toIndex } from './protocols.js';
import { PyType } from './type-object.js';
import { T, typeOf } from './types.js';
import { typeGetItem } from './builtins/generic-alias.js';
import { PyBytes, PyList, PyTuple, type PyValue } from './values.js';

/** Normalized slice bounds for a sequence of `length` (PySlice_AdjustIndices). */
export interface SliceBounds {
  start: number;
  stop: number;
  step: number;
  count: number;
}

function sliceIndex(v: PyValue): number {
  if (typeof v === 'bigint') return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  if (typeof v === 'number' || typeof v === 'boolean' || (v !== null && lookupType(typeOf(v), '__index__') !== undefined)) return toIndex(v);
  return typeError('slice indices must be integers or None or have an __index__ method');
}

export function sliceBounds(slice: PySlice, length: number): SliceBounds {
  const step = slice.step === null ? 1 : sliceIndex(slice.step);
  if (step === 0) raise('ValueError', 'slice step cannot be zero');
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? length - 1 : length;
  const clamp = (v: PyValue, dflt: number): number => {
    if (v === null) return dflt;
    let i = sliceIndex(v);
    if (i < 0) i = Math.max(i + length, lower);
    else i = Math.min(i, upper);
    return i;
  };
  const start = clamp(slice.start, step < 0 ? upper : lower);
  const stop = clamp(slice.stop, step < 0 ? lower : upper);
  let count = 0;
  if (step > 0 ? start < stop : start > stop) count = Math.floor((stop - start + (step > 0 ? -1 : 1)) / step) + 1;
  return { start, stop, step, count };
}

export function sliceArray<T>(items: readonly T[], slice: PySlice): T[] {
  const { start, step, count, stop } = sliceBounds(slice, items.length);
  if (step === 1) return items.slice(start, Math.max(start, stop));
  const out: T[] = new Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = items[j]!;
  return out;
}

/** Index into a sequence of `length`, negative from the end; IndexError when out of range. */
export function seqIndex(key: PyValue, length: number, what: string): number {
  let i = typeof key === 'number' ? key : toIndexForSeq(key, what);
  if (i < 0) i += length;
  if (i < 0 || i >= length) indexError(`${what} index out of range`);
  return i;
}

function toIndexForSeq(key: PyValue, what: string): number {
  if (typeof key === 'boolean') return key ? 1 : 0;
  if (typeof key === 'bigint') indexError(`cannot fit 'int' into an index-sized integer`);
  if (key !== null && typeof key === 'object' && lookupType(typeOf(key), '__index__') !== undefined) return toIndex(key);
  if (what === 'string') return typeError(`string indices must be integers, not '${typeName(key)}'`);
  return typeError(`${what} indices must be integers or slices, not ${typeName(key)}`);
}

let lastAstral = '';

let lastAstralPoints: string[] = [];

/** Splits a str into code points only when it has surrogate pairs. Both the surrogate test
 *  and the split of the last astral string are remembered, so indexing a long string
 *  character by character stays linear. The array returned must not be modified. */
export function codePoints(s: string): readonly string[] | null {
  if (!hasSurrogates(s)) return null;
  if (s !== lastAstral) {
    lastAstralPoints = Array.from(s);
    lastAstral = s;
  }
  return lastAstralPoints;
}

function strSubscript(s: string, key: PyValue): string {
  if (typeof key !== 'number' && !(key instanceof PySlice) && typeof key !== 'boolean' && typeof key !== 'bigint' &&
    (key === null || lookupType(typeOf(key), '__index__') === undefined)) {
    typeError(`string indices must be integers, not '${typeName(key)}'`);
  }
  const points = codePoints(s);
  if (key instanceof PySlice) {
    if (points) return sliceArray(points, key).join('');
    const { start, stop, step } = sliceBounds(key, s.length);
    if (step === 1) return start < stop ? s.slice(start, stop) : '';
    return sliceArray(s.split(''), key).join('');
  }
  if (points) return points[seqIndex(key, points.length, 'string')]!;
  return s[seqIndex(key, s.length, 'string')]!;
}

/** container[key] */
export function getItem(container: PyValue, key: PyValue): PyValue {
  if (container instanceof PyList && !container.type.isHeapType) {
    if (typeof key === 'number') {
      const items = container.items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) return items[i]!;
      indexError('list index out of range');
    }
    if (key instanceof PySlice) return new PyList(sliceArray(container.items, key));
    return container.items[seqIndex(key, container.items.length, 'list')]!;
  }
  if (container instanceof PyDict && !container.type.isHeapType) {
    const v = container.table.get(key);
    if (v !== undefined) return v;
    keyError(key);
  }
  if (container instanceof PyTuple && !container.type.isHeapType) {
    if (key instanceof PySlice) return new PyTuple(sliceArray(container.items, key));
    return container.items[seqIndex(key, container.items.length, 'tuple')]!;
  }
  if (typeof container === 'string') return strSubscript(container, key);
  const r = callSpecial(container, '__getitem__', [key]);
  if (r !== undefined) return r;
  if (container instanceof PyDict) return getItemDictSubclass(container, key);
  if (container instanceof PyType) return classGetItem(container, key);
  return typeError(`'${typeName(container)}' object is not subscriptable`);
}

/** cls[key] on a class: cls.__class_getitem__(key) (PEP 560), as PyObject_GetItem does. */
function classGetItem(cls: PyType, key: PyValue): PyValue {
  if (cls === T.type) return typeGetItem(key);
  const method = getAttrOpt(cls, '__class_getitem__');
  if (method === undefined) return typeError(`type '${cls.name}' is not subscriptable`);
  return call(method, [key]);
}

function getItemDictSubclass(d: PyDict, key: PyValue): PyValue {
  const v = d.table.get(key);
  if (v !== undefined) return v;
  const missing = callSpecial(d, '__missing__', [key]);
  if (missing !== undefined) return missing;
  return keyError(key);
}

/** container[key] = value */
export function setItem(container: PyValue, key: PyValue, value: PyValue): void {
  if (container instanceof PyList && !container.type.isHeapType) {
    if (key instanceof PySlice) return setListSlice(container, key, value);
    container.items[seqIndex(key, container.items.length, 'list assignment')] = value;
    return;
  }
  if (container instanceof PyDict && !container.type.isHeapType) {
    container.table.set(key, value);
    return;
  }
  if (callSpecial(container, '__setitem__', [key, value]) !== undefined) return;
  typeError(`'${typeName(container)}' object does not support item assignment`);
}

function setListSlice(list: PyList, slice: PySlice, value: PyValue): void {
  const items = value === list ? list.items.slice() : assignedItems(value);
  const { start, stop, step, count } = sliceBounds(slice, list.items.length);
  if (step === 1) {
    list.items.splice(start, Math.max(0, stop - start), ...items);
    return;
  }
  if (items.length !== count) {
    raise('ValueError', `attempt to assign sequence of size ${items.length} to extended slice of size ${count}`);
  }
  for (let i = 0, j = start; i < count; i++, j += step) list.items[j] = items[i]!;
}

/** The items assigned to a list slice: any iterable ("can only assign an iterable"). */
function assignedItems(value: PyValue): PyValue[] {
  const type = typeOf(value);
  if (typeof value !== 'string' && !(value instanceof PyList) && !(value instanceof PyTuple) &&
    lookupType(type, '__iter__') === undefined && lookupType(type, '__getitem__') === undefined) {
    typeError('can only assign an iterable');
  }
  return toArray(value);
}

/** del container[key] */
export function delItem(container: PyValue, key: PyValue): void {
  if (container instanceof PyList && !container.type.isHeapType) {
    if (key instanceof PySlice) {
      const { start, step, count } = sliceBounds(key, container.items.length);
      const doomed = new Set<number>();
      for (let i = 0, j = start; i < count; i++, j += step) doomed.add(j);
      container.items = container.items.filter((_, i) => !doomed.has(i));
      return;
    }
    container.items.splice(seqIndex(key, container.items.length, 'list assignment'), 1);
    return;
  }
  if (container instanceof PyDict && !container.type.isHeapType) {
    if (container.table.delete(key) === undefined) keyError(key);
    return;
  }
  if (callSpecial(container, '__delitem__', [key]) !== undefined) return;
  typeError(`'${typeName(container)}' object doesn't support item deletion`);
}

/** Element access on bytes and range, used by their __getitem__. */
export function rangeItem(r: PyRange, key: PyValue): PyValue {
  if (key instanceof PySlice) {
    const { start, stop, step } = sliceBounds(key, r.length);
    return new PyRange(r.start + start * r.step, r.start + stop * r.step, r.step * step);
  }
  return r.start + seqIndex(key, r.length, 'range object') * r.step;
}

/** bytes[start:stop:step], copying only the bytes selected. */
export function bytesSlice(data: Uint8Array, slice: PySlice): PyBytes {
  const { start, stop, step, count } = sliceBounds(slice, data.length);
  if (step === 1) return new PyBytes(data.slice(start, Math.max(start, stop)));
  const out = new Uint8Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = data[j]!;
  return new PyBytes(out);
}

export function bytesItem(b: PyBytes, key: PyValue): PyValue {
  if (key instanceof PySlice) return bytesSlice(b.data, key);
  return b.data[seqIndex(key, b.data.length, 'index')]!;
}
