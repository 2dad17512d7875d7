// The sequence classes list, tuple, range and slice (https://docs.python.org/3/library/stdtypes.html#sequence-types-list-tuple-range),
// list.sort (stable, `<` only, CPython's run detection and binary insertion for short lists),
// and __iter__/__next__ of the native iterator classes. Methods also serve subclass
// instances (same JS classes with their own `type`), so they never call back into getItem.

import { indexError, newException, raise, typeError, typeName } from '../exceptions.js';
import {
  NotImplemented, PyNativeIterator, PySlice, newAttrDict, type AttrDict, type NativeMethod,
} from '../objects.js';
import { compareOp, compareSequences, compareStrings } from '../operators.js';
import {
  call, eq, installTupleHash, isPlainSequence, nativeIterator, repr, reprGuarded, toArray, truthy,
} from '../protocols.js';
import { seqIndex, sliceArray, sliceBounds } from '../subscript.js';
import { PyType } from '../type-object.js';
import { E, IterTypes, T, typeOf } from '../types.js';
import { PyList, PyTuple, type PyValue } from '../values.js';
import { arity, defFixedCall, defGetter, defMethod, defMethods, defStatic, fixedMethod } from './define.js';
import { indexValue, intOf } from './numbers.js';
import { R, int64TableHash, int64Value, tupleHash64 } from './set-order.js';
import { defineRange } from './ranges.js';
import { repeatCountOf } from './strings.js';
import { adjustIndices, hasSurrogates } from './text.js';

/** Marks a built-in instance as belonging to a subclass (gives it its class and a __dict__). */
function asSubclass<V extends PyList | PyTuple>(obj: V, cls: PyType): V {
  obj.type = cls;
  (obj as unknown as { attrs: AttrDict }).attrs = newAttrDict();
  return obj;
}

function items(v: PyValue): PyValue[] {
  return (v as PyList | PyTuple).items;
}

/** A repeat count for seq * n, or undefined when n is not an int (NotImplemented). */
function repeatCount(n: PyValue): number | undefined {
  const count = repeatCountOf(n);
  if (count === undefined) return undefined;
  if (typeof count === 'bigint') {
    if (count <= 0n) return 0;
    raise('OverflowError', "cannot fit 'int' into an index-sized integer");
  }
  return count;
}

function repeatItems(xs: PyValue[], count: number): PyValue[] {
  if (count <= 0 || xs.length === 0) return [];
  if (xs.length * count > 0x7ffffff) raise('MemoryError', '');
  const out = new Array<PyValue>(xs.length * count);
  for (let c = 0, k = 0; c < count; c++) for (let i = 0; i < xs.length; i++) out[k++] = xs[i]!;
  return out;
}

/** Slot wrappers (__len__, __getitem__, ...): CPython's "expected 1 argument, got 0". */
function wrapperArg(name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`expected 1 argument, got ${args.length}`);
  return args[0]!;
}

function noArgs(qualname: string, fn: (self: PyValue) => PyValue): NativeMethod {
  return fixedMethod(qualname, 0, 0, fn);
}

/** The position of x in xs[start:stop] by ==, or -1 (list.index, tuple.index). */
function indexIn(xs: PyValue[], x: PyValue, startArg: PyValue | undefined, stopArg: PyValue | undefined): number {
  const [start, stop] = adjustIndices(startArg, stopArg, xs.length);
  for (let i = start; i < stop && i < xs.length; i++) if (xs[i] === x || eq(xs[i]!, x)) return i;
  return -1;
}

function countIn(xs: PyValue[], x: PyValue): number {
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (xs[i] === x || eq(xs[i]!, x)) n++;
  return n;
}

function containsIn(xs: PyValue[], x: PyValue): boolean {
  for (let i = 0; i < xs.length; i++) if (xs[i] === x || eq(xs[i]!, x)) return true;
  return false;
}

function seqRepr(obj: PyValue, xs: PyValue[], open: string, close: string): string {
  return reprGuarded(obj, `${open}...${close}`, () => {
    if (xs.length === 0) return open + close;
    let out = open + repr(xs[0]!);
    for (let i = 1; i < xs.length; i++) out += ', ' + repr(xs[i]!);
    return out + (xs.length === 1 && open === '(' ? ',' : '') + close;
  });
}

function comparisons(type: PyType, isSame: (v: PyValue) => boolean): void {
  ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
    defMethod(type, name, (self, args, kwnames) => {
      const other = wrapperArg(name, args, kwnames);
      return isSame(other) ? compareSequences(op, items(self), items(other)) : NotImplemented;
    });
  });
}

// ---------------------------------------------------------------------------------------
// list.sort: stable, only `<`; CPython's count_run + binarysort for lists under 64 items

function lessThan(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b) < 0;
  if (a instanceof PyTuple && b instanceof PyTuple && a.type === T.tuple && b.type === T.tuple) return tupleLess(a.items, b.items);
  return truthy(compareOp(0, a, b));
}

/** tuple < tuple (sort keys): the first items that differ decide, as tuple's richcompare
 *  does (identical items are equal; ints and strs compare directly). */
function tupleLess(x: PyValue[], y: PyValue[]): boolean {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    if (typeof p === 'number' && typeof q === 'number') return p < q;
    if (typeof p === 'string' && typeof q === 'string') return compareStrings(p, q) < 0;
    if (!eq(p, q)) return lessThan(p, q);
  }
  return x.length < y.length;
}

/** Sorts `order` (indices into keys) stably by keys. */
function sortOrder(keys: PyValue[], order: number[]): void {
  if (keys.every((k) => typeof k === 'number')) {
    order.sort((a, b) => (keys[a] as number) - (keys[b] as number));
    return;
  }
  if (keys.every((k) => typeof k === 'string')) {
    // UTF-16 order is code point order unless a key has surrogates (astral characters).
    const strs = keys as string[];
    if (strs.some(hasSurrogates)) order.sort((a, b) => compareStrings(strs[a]!, strs[b]!));
    else order.sort((a, b) => (strs[a]! < strs[b]! ? -1 : strs[a]! > strs[b]! ? 1 : 0));
    return;
  }
  const lt = (i: number, j: number): boolean => lessThan(keys[i]!, keys[j]!);
  let lo = 0;
  const n = order.length;
  const minrun = minRun(n);
  const runs: Array<[number, number]> = [];
  while (lo < n) {
    let run = countRun(order, lo, n, lt);
    if (run < minrun) {
      const force = Math.min(minrun, n - lo);
      binarySort(order, lo, lo + force, lo + run, lt);
      run = force;
    }
    runs.push([lo, lo + run]);
    lo += run;
  }
  while (runs.length > 1) {
    const merged: Array<[number, number]> = [];
    for (let i = 0; i + 1 < runs.length; i += 2) {
      mergeRuns(order, runs[i]![0], runs[i]![1], runs[i + 1]![1], lt);
      merged.push([runs[i]![0], runs[i + 1]![1]]);
    }
    if (runs.length % 2 === 1) merged.push(runs[runs.length - 1]!);
    runs.splice(0, runs.length, ...merged);
  }
}

/** merge_compute_minrun. */
function minRun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** count_run: the length of the run at lo; a strictly descending run is reversed in place. */
function countRun(a: number[], lo: number, hi: number, lt: (i: number, j: number) => boolean): number {
  if (lo + 1 === hi) return 1;
  let n = 2;
  if (lt(a[lo + 1]!, a[lo]!)) {
    for (let i = lo + 2; i < hi && lt(a[i]!, a[i - 1]!); i++) n++;
    a.splice(lo, n, ...a.slice(lo, lo + n).reverse());
  } else {
    for (let i = lo + 2; i < hi && !lt(a[i]!, a[i - 1]!); i++) n++;
  }
  return n;
}

/** binarysort: a[lo:start] is sorted; insert a[start:hi] one by one. */
function binarySort(a: number[], lo: number, hi: number, start: number, lt: (i: number, j: number) => boolean): void {
  if (lo === start) start++;
  for (; start < hi; start++) {
    const pivot = a[start]!;
    let l = lo;
    let r = start;
    while (l < r) {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, a[p]!)) r = p;
      else l = p + 1;
    }
    for (let p = start; p > l; p--) a[p] = a[p - 1]!;
    a[l] = pivot;
  }
}

function mergeRuns(a: number[], lo: number, mid: number, hi: number, lt: (i: number, j: number) => boolean): void {
  const left = a.slice(lo, mid);
  let i = 0, j = mid, k = lo;
  while (i < left.length && j < hi) a[k++] = lt(a[j]!, left[i]!) ? a[j++]! : left[i++]!;
  while (i < left.length) a[k++] = left[i++]!;
}

/** list.sort(key=, reverse=): reverse, stable sort, reverse again, as CPython does. */
export function sortList(list: PyList, key: PyValue, reverse: boolean): void {
  const saved = list.items;
  list.items = [];
  let result = saved;
  let sorted = false;
  try {
    const values = reverse ? saved.slice().reverse() : saved;
    const keys = key === null ? values : values.map((v) => call(key, [v]));
    const order = values.map((_, i) => i);
    if (keys.length > 1) sortOrder(keys, order);
    result = order.map((i) => values[i]!);
    if (reverse) result.reverse();
    sorted = true;
  } finally {
    const modified = list.items.length > 0;
    list.items = result;
    if (modified && sorted) raise('ValueError', 'list modified during sort');
  }
}

function sortMethod(self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  if (args.length > nkw) typeError('sort() takes no positional arguments');
  let key: PyValue = null;
  let reverse = false;
  for (let i = 0; i < nkw; i++) {
    const name = kwnames![i]!;
    const v = args[i]!;
    if (name === 'key') key = v;
    else if (name === 'reverse') reverse = (intOf(v) ?? indexValue(v)) != 0; // eslint-disable-line eqeqeq
    else typeError(`'${name}' is an invalid keyword argument for sort()`);
  }
  sortList(self as PyList, key, reverse);
  return null;
}

// ---------------------------------------------------------------------------------------
// list

function listNew(args: PyValue[]): PyValue {
  const cls = args[0] as PyType;
  const list = new PyList([]);
  return cls === T.list ? list : asSubclass(list, cls);
}

function listInit(self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) typeError('list() takes no keyword arguments');
  if (args.length > 1) typeError(`list expected at most 1 argument, got ${args.length}`);
  const list = self as PyList;
  list.items = args.length === 0 ? [] : toArray(args[0]!);
  return null;
}

function extend(list: PyList, iterable: PyValue): void {
  const src = isPlainSequence(iterable) ? iterable.items : toArray(iterable);
  const dst = list.items;
  const n = src.length;
  for (let i = 0; i < n; i++) dst.push(src[i]!);
}

/** list.pop([index]). */
const listPop = fixedMethod('pop', 0, 1, (self, indexArg) => {
  const xs = (self as PyList).items;
  if (indexArg === undefined) {
    if (xs.length === 0) indexError('pop from empty list');
    return xs.pop()!;
  }
  if (xs.length === 0) indexError('pop from empty list');
  const index = indexValue(indexArg);
  if (typeof index === 'bigint') raise('OverflowError', 'Python int too large to convert to C ssize_t');
  let i = index;
  if (i < 0) i += xs.length;
  if (i < 0 || i >= xs.length) indexError('pop index out of range');
  return xs.splice(i, 1)[0]!;
});

function listSetItem(list: PyList, key: PyValue, value: PyValue): void {
  if (!(key instanceof PySlice)) {
    list.items[seqIndex(key, list.items.length, 'list assignment')] = value;
    return;
  }
  const src = value === list ? list.items.slice() : assignable(value);
  const { start, stop, step, count } = sliceBounds(key, list.items.length);
  if (step === 1) {
    const xs = list.items;
    list.items = xs.slice(0, start).concat(src, xs.slice(Math.max(start, stop)));
    return;
  }
  if (src.length !== count) raise('ValueError', `attempt to assign sequence of size ${src.length} to extended slice of size ${count}`);
  for (let i = 0, j = start; i < count; i++, j += step) list.items[j] = src[i]!;
}

function assignable(value: PyValue): PyValue[] {
  try {
    return toArray(value);
  } catch (e) {
    if (e instanceof Object && (e as { type?: PyType }).type === E['TypeError'] && typeof value !== 'string') {
      typeError('can only assign an iterable');
    }
    throw e;
  }
}

function listDelItem(list: PyList, key: PyValue): void {
  if (!(key instanceof PySlice)) {
    list.items.splice(seqIndex(key, list.items.length, 'list assignment'), 1);
    return;
  }
  const { start, step, count } = sliceBounds(key, list.items.length);
  if (count === 0) return;
  if (step === 1) {
    list.items.splice(start, count);
    return;
  }
  const doomed = new Set<number>();
  for (let i = 0, j = start; i < count; i++, j += step) doomed.add(j);
  list.items = list.items.filter((_, i) => !doomed.has(i));
}

function listIterator(list: PyList): PyNativeIterator {
  let i = 0;
  return nativeIterator(() => {
    if (i < 0 || i >= list.items.length) {
      i = -1;
      return undefined;
    }
    return list.items[i++];
  }, IterTypes.list_iterator);
}

function listReverseIterator(list: PyList): PyNativeIterator {
  let i = list.items.length - 1;
  return nativeIterator(() => {
    if (i >= 0 && i < list.items.length) return list.items[i--];
    i = -1;
    return undefined;
  }, IterTypes.list_reverseiterator);
}

/** list.append's method descriptor: both tiers call it inline on lists (lst.append(x)). */
export let listAppendMethod: PyValue | undefined;

function defineList(): void {
  const list = (v: PyValue): PyList => v as PyList;
  defStatic(T.list, '__new__', listNew);
  defFixedCall(T.list, 0, 1, (x) => new PyList(x === undefined ? [] : toArray(x)));
  defMethods(T.list, {
    __init__: listInit,
    append: fixedMethod('list.append', 1, 1, (self, x) => (list(self).items.push(x!), null)),
    extend: fixedMethod('list.extend', 1, 1, (self, other) => {
      extend(list(self), other === self ? new PyList(list(self).items.slice()) : other!);
      return null;
    }),
    insert: fixedMethod('insert', 2, 2, (self, at, x) => {
      const xs = list(self).items;
      let i = Number(indexValue(at!));
      if (i < 0) i = Math.max(0, i + xs.length);
      xs.splice(Math.min(i, xs.length), 0, x!);
      return null;
    }),
    pop: listPop,
    remove: fixedMethod('list.remove', 1, 1, (self, x) => {
      const xs = list(self).items;
      const i = indexIn(xs, x!, undefined, undefined);
      if (i < 0) raise('ValueError', 'list.remove(x): x not in list');
      xs.splice(i, 1);
      return null;
    }),
    index(self, args, kwnames) {
      arity('index', args, kwnames, 1, 3);
      const i = indexIn(list(self).items, args[0]!, args[1], args[2]);
      if (i < 0) raise('ValueError', `${repr(args[0]!)} is not in list`);
      return i;
    },
    count: fixedMethod('list.count', 1, 1, (self, x) => countIn(list(self).items, x!)),
    sort: sortMethod,
    reverse: noArgs('list.reverse', (self) => (list(self).items.reverse(), null)),
    copy: noArgs('list.copy', (self) => new PyList(list(self).items.slice())),
    clear: noArgs('list.clear', (self) => ((list(self).items = []), null)),
  });
  defineListDunders();
  listAppendMethod = T.list.dict.get('append');
}

function defineListDunders(): void {
  const list = (v: PyValue): PyList => v as PyList;
  defMethods(T.list, {
    __repr__: (self) => seqRepr(self, list(self).items, '[', ']'),
    __len__: (self) => list(self).items.length,
    __contains__: (self, args, kw) => containsIn(list(self).items, wrapperArg('__contains__', args, kw)),
    __iter__: (self) => listIterator(list(self)),
    __reversed__: noArgs('list.__reversed__', (self) => listReverseIterator(list(self))),
    __getitem__(self, args, kw) {
      const key = wrapperArg('__getitem__', args, kw);
      const xs = list(self).items;
      if (key instanceof PySlice) return new PyList(sliceArray(xs, key));
      return xs[seqIndex(key, xs.length, 'list')]!;
    },
    __setitem__(self, args) {
      listSetItem(list(self), args[0]!, args[1]!);
      return null;
    },
    __delitem__(self, args) {
      listDelItem(list(self), args[0]!);
      return null;
    },
    __add__(self, args, kw) {
      const other = wrapperArg('__add__', args, kw);
      if (other instanceof PyList) return new PyList(list(self).items.concat(other.items));
      if (!typeOf(other).isHeapType) typeError(`can only concatenate list (not "${typeName(other)}") to list`);
      return NotImplemented;
    },
    __iadd__(self, args, kw) {
      const other = wrapperArg('__iadd__', args, kw);
      extend(list(self), other === self ? new PyList(list(self).items.slice()) : other);
      return self;
    },
    __mul__(self, args) {
      const n = repeatCount(args[0]!);
      return n === undefined ? NotImplemented : new PyList(repeatItems(list(self).items, n));
    },
    __rmul__(self, args) {
      const n = repeatCount(args[0]!);
      return n === undefined ? NotImplemented : new PyList(repeatItems(list(self).items, n));
    },
    __imul__(self, args) {
      const n = repeatCount(args[0]!);
      if (n === undefined) return NotImplemented;
      list(self).items = repeatItems(list(self).items, n);
      return self;
    },
  });
  comparisons(T.list, (v) => v instanceof PyList);
  T.list.dict.set('__hash__', null);
}

// ---------------------------------------------------------------------------------------
// tuple

function tupleNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) typeError('tuple() takes no keyword arguments');
  if (args.length > 2) typeError(`tuple expected at most 1 argument, got ${args.length - 1}`);
  const cls = args[0] as PyType;
  const src = args[1];
  if (cls === T.tuple && src instanceof PyTuple && src.type === T.tuple) return src;
  const tuple = new PyTuple(src === undefined ? [] : toArray(src));
  return cls === T.tuple ? tuple : asSubclass(tuple, cls);
}

/** hash(tuple): CPython 3.11's xxHash-based tuplehash, exactly. */
export function tupleHash(t: PyTuple): PyValue {
  tupleHash64(t.items, true);
  return int64Value(R.hi, R.lo);
}

/** The table hash protocols.hash() uses for exact tuples (see installTupleHash). */
function tupleTableHash(t: PyTuple): number {
  tupleHash64(t.items, true);
  return int64TableHash(R.hi, R.lo);
}

function defineTuple(): void {
  defStatic(T.tuple, '__new__', tupleNew);
  defFixedCall(T.tuple, 0, 1, (x) => (x instanceof PyTuple && x.type === T.tuple ? x : new PyTuple(x === undefined ? [] : toArray(x))));
  defMethods(T.tuple, {
    __repr__: (self) => seqRepr(self, items(self), '(', ')'),
    __hash__: (self) => tupleHash(self as PyTuple),
    __len__: (self) => items(self).length,
    __contains__: (self, args, kw) => containsIn(items(self), wrapperArg('__contains__', args, kw)),
    __iter__(self) {
      const xs = items(self);
      let i = 0;
      return nativeIterator(() => (i < xs.length ? xs[i++] : undefined), IterTypes.tuple_iterator);
    },
    __getitem__(self, args, kw) {
      const key = wrapperArg('__getitem__', args, kw);
      const xs = items(self);
      if (key instanceof PySlice) return new PyTuple(sliceArray(xs, key));
      return xs[seqIndex(key, xs.length, 'tuple')]!;
    },
    __add__(self, args, kw) {
      const other = wrapperArg('__add__', args, kw);
      if (other instanceof PyTuple) return new PyTuple(items(self).concat(other.items));
      if (!typeOf(other).isHeapType) typeError(`can only concatenate tuple (not "${typeName(other)}") to tuple`);
      return NotImplemented;
    },
    __mul__(self, args) {
      const n = repeatCount(args[0]!);
      return n === undefined ? NotImplemented : new PyTuple(repeatItems(items(self), n));
    },
    __rmul__(self, args) {
      const n = repeatCount(args[0]!);
      return n === undefined ? NotImplemented : new PyTuple(repeatItems(items(self), n));
    },
    __getnewargs__: (self) => new PyTuple([new PyTuple(items(self))]),
    index(self, args, kwnames) {
      arity('index', args, kwnames, 1, 3);
      const i = indexIn(items(self), args[0]!, args[1], args[2]);
      if (i < 0) raise('ValueError', 'tuple.index(x): x not in tuple');
      return i;
    },
    count(self, args, kwnames) {
      arity('tuple.count', args, kwnames, 1);
      return countIn(items(self), args[0]!);
    },
  });
  comparisons(T.tuple, (v) => v instanceof PyTuple);
}

// ---------------------------------------------------------------------------------------
// slice

function sliceNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) typeError('slice() takes no keyword arguments');
  const n = args.length - 1;
  if (n < 1) typeError(`slice expected at least 1 argument, got ${n}`);
  if (n > 3) typeError(`slice expected at most 3 arguments, got ${n}`);
  if (n === 1) return new PySlice(null, args[1]!, null);
  return new PySlice(args[1]!, args[2]!, args[3] ?? null);
}

function sliceTuple(s: PySlice): PyValue[] {
  return [s.start, s.stop, s.step];
}

function defineSlice(): void {
  const slice = (v: PyValue): PySlice => v as PySlice;
  defStatic(T.slice, '__new__', sliceNew);
  defMethods(T.slice, {
    __repr__: (self) => `slice(${repr(slice(self).start)}, ${repr(slice(self).stop)}, ${repr(slice(self).step)})`,
    indices(self, args, kwnames) {
      arity('slice.indices', args, kwnames, 1);
      const length = indexValue(args[0]!);
      if (length < 0) raise('ValueError', 'length should not be negative');
      const { start, stop, step } = sliceBounds(slice(self), Number(length));
      return new PyTuple([start, stop, step]);
    },
  });
  ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
    defMethod(T.slice, name, (self, args) => {
      const other = args[0]!;
      return other instanceof PySlice ? compareSequences(op, sliceTuple(slice(self)), sliceTuple(other)) : NotImplemented;
    });
  });
  T.slice.dict.set('__hash__', null);
  defGetter(T.slice, 'start', (s) => slice(s).start);
  defGetter(T.slice, 'stop', (s) => slice(s).stop);
  defGetter(T.slice, 'step', (s) => slice(s).step);
}

// ---------------------------------------------------------------------------------------
// Native iterators

function defineIterators(): void {
  for (const type of Object.values(IterTypes)) {
    defMethods(type, {
      __iter__: (self) => self,
      __next__(self) {
        const v = (self as PyNativeIterator).nextValue();
        if (v === undefined) throw newException(E['StopIteration']!);
        return v;
      },
    });
  }
}

let defined = false;
/** Installs list, tuple, range, slice and iterator methods (idempotent). */
export function defineSequences(): void {
  if (defined) return;
  defined = true;
  defineList();
  defineTuple();
  defineRange();
  defineSlice();
  defineIterators();
  installTupleHash(tupleTableHash);
}
