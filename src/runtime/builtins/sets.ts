// The set and frozenset classes (https://docs.python.org/3/library/stdtypes.html#set-types-set-frozenset).
// Every algorithm follows Objects/setobject.c (which set is iterated, which table is copied,
// when the table is presized or shrunk) so that, together with set-order.ts, results iterate
// and print in CPython's order. Installed by defineMappings() in mappings.ts.

import { keyError, typeError } from '../exceptions.js';
import { NotImplemented, PyDict, PyFrozenSet, PySet, newAttrDict, type AttrDict, type NativeMethod } from '../objects.js';
import { getIter, installSetIterator, iterNext, nativeIterator, repr, reprGuarded, toArray } from '../protocols.js';
import { PyType } from '../type-object.js';
import { E, IterTypes, T, isSubtype, typeOf } from '../types.js';
import { PyObject, type PyValue } from '../values.js';
import { arity, defMethod, defMethods, defStatic, fixedMethod } from './define.js';
import {
  R, frozensetHash64, int64Value, setAdd, setClear, setDiscard, setIterator, setKeys, setMerge, setMergeKeys, setPop,
  setShrinkAfterRemovals, setTakeBody, type AnySet,
} from './set-order.js';

export function isAnySet(v: PyValue): v is AnySet {
  return v instanceof PySet || v instanceof PyFrozenSet;
}

/** A new empty set of class cls (set, frozenset or a subclass of either). */
export function newSetOf(cls: PyType): AnySet {
  const frozen = isSubtype(cls, T.frozenset);
  const s = frozen ? new PyFrozenSet() : new PySet();
  if (cls !== T.set && cls !== T.frozenset) {
    s.type = cls;
    (s as unknown as { attrs: AttrDict }).attrs = newAttrDict();
  }
  return s;
}

/** make_new_set_basetype: results of set operations are plain set or frozenset. */
function newBase(s: AnySet): AnySet {
  return s instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
}

/** set_update_internal: merge a set, presize for a dict, else add while iterating. */
export function setUpdate(s: AnySet, other: PyValue): void {
  if (isAnySet(other)) return setMerge(s, other);
  if (other instanceof PyDict && other.type === T.dict) return setMergeKeys(s, other.table.liveKeys());
  const it = getIter(other);
  for (let key = iterNext(it); key !== undefined; key = iterNext(it)) setAdd(s, key);
}

/** A new set (or frozenset) of class cls holding the items of iterable. */
export function makeSet(cls: PyType, iterable: PyValue | undefined): AnySet {
  const s = newSetOf(cls);
  if (iterable !== undefined) setUpdate(s, iterable);
  return s;
}

function copyOf(s: AnySet): AnySet {
  const result = newBase(s);
  setMerge(result, s);
  return result;
}

/** Membership with CPython's retry: an unhashable set key is looked up as a frozenset. */
function hasKey(s: AnySet, key: PyValue): boolean {
  try {
    return s.table.has(key);
  } catch (e) {
    if (!(key instanceof PySet) || !(e instanceof PyObject) || !isSubtype(e.type, E['TypeError']!)) throw e;
    return s.table.has(makeSet(T.frozenset, key));
  }
}

function discardKey(s: AnySet, key: PyValue): boolean {
  try {
    return setDiscard(s, key);
  } catch (e) {
    if (!(key instanceof PySet) || !(e instanceof PyObject) || !isSubtype(e.type, E['TypeError']!)) throw e;
    return setDiscard(s, makeSet(T.frozenset, key));
  }
}

// ---------------------------------------------------------------------------------------
// The algebra (set_intersection, set_difference, ...)

function intersection(so: AnySet, other: PyValue): AnySet {
  if (so === other) return copyOf(so);
  const result = newBase(so);
  if (isAnySet(other)) {
    const [big, small] = other.table.size > so.table.size ? [other, so] : [so, other];
    for (const key of setKeys(small)) if (big.table.has(key)) setAdd(result, key);
    return result;
  }
  const it = getIter(other);
  for (let key = iterNext(it); key !== undefined; key = iterNext(it)) if (so.table.has(key)) setAdd(result, key);
  return result;
}

function intersectionMulti(so: AnySet, others: PyValue[]): AnySet {
  if (others.length === 0) return copyOf(so);
  let result: AnySet = so;
  for (const other of others) result = intersection(result, other);
  return result;
}

function differenceUpdate(so: AnySet, other: PyValue): void {
  if (so === other) return setClear(so);
  if (isAnySet(other)) {
    const source = other.table.size >> 3 > so.table.size ? intersection(so, other) : other;
    for (const key of setKeys(source)) setDiscard(so, key);
  } else {
    const it = getIter(other);
    for (let key = iterNext(it); key !== undefined; key = iterNext(it)) setDiscard(so, key);
  }
  setShrinkAfterRemovals(so);
}

function difference(so: AnySet, other: PyValue): AnySet {
  const exactDict = other instanceof PyDict && other.type === T.dict;
  const otherSize = isAnySet(other) ? other.table.size : exactDict ? (other as PyDict).table.size : -1;
  if (otherSize < 0 || so.table.size >> 2 > otherSize) {
    const result = copyOf(so);
    differenceUpdate(result, other);
    return result;
  }
  const result = newBase(so);
  const table = (other as AnySet | PyDict).table;
  for (const key of setKeys(so)) if (!table.has(key)) setAdd(result, key);
  return result;
}

function symmetricDifferenceUpdate(so: AnySet, other: PyValue): void {
  if (so === other) return setClear(so);
  let keys: PyValue[];
  if (other instanceof PyDict && other.type === T.dict) keys = other.table.liveKeys();
  else keys = setKeys(isAnySet(other) ? other : makeSet(so instanceof PyFrozenSet ? T.frozenset : T.set, other));
  for (const key of keys) if (!setDiscard(so, key)) setAdd(so, key);
}

function symmetricDifference(so: AnySet, other: PyValue): AnySet {
  const result = newBase(so);
  setUpdate(result, other);
  symmetricDifferenceUpdate(result, so);
  return result;
}

function union(so: AnySet, others: PyValue[]): AnySet {
  const result = copyOf(so);
  for (const other of others) if (other !== so) setUpdate(result, other);
  return result;
}

function isSubset(so: AnySet, other: PyValue): boolean {
  const target = isAnySet(other) ? other : makeSet(T.set, other);
  if (so.table.size > target.table.size) return false;
  for (const key of setKeys(so)) if (!target.table.has(key)) return false;
  return true;
}

function isSuperset(so: AnySet, other: PyValue): boolean {
  if (isAnySet(other)) return isSubset(other, so);
  const it = getIter(other);
  for (let key = iterNext(it); key !== undefined; key = iterNext(it)) if (!hasKey(so, key)) return false;
  return true;
}

function isDisjoint(so: AnySet, other: PyValue): boolean {
  if (so === other) return so.table.size === 0;
  if (isAnySet(other)) {
    const [big, small] = other.table.size > so.table.size ? [other, so] : [so, other];
    for (const key of setKeys(small)) if (big.table.has(key)) return false;
    return true;
  }
  const it = getIter(other);
  for (let key = iterNext(it); key !== undefined; key = iterNext(it)) if (so.table.has(key)) return false;
  return true;
}

function setCompare(op: number, v: AnySet, w: AnySet): boolean {
  const n = v.table.size;
  const m = w.table.size;
  switch (op) {
    case 0: return n < m && isSubset(v, w);
    case 1: return isSubset(v, w);
    case 2: return n === m && isSubset(v, w);
    case 3: return !(n === m && isSubset(v, w));
    case 4: return n > m && isSuperset(v, w);
    default: return isSuperset(v, w);
  }
}

// ---------------------------------------------------------------------------------------
// repr and hash

function setRepr(s: AnySet): string {
  const type = typeOf(s);
  return reprGuarded(s, `${type.name}(...)`, () => {
    if (s.table.size === 0) return `${type.name}()`;
    const body = toArray(s).map(repr).join(', ');
    return type === T.set ? `{${body}}` : `${type.name}({${body}})`;
  });
}

const hashCache = new WeakMap<PyFrozenSet, PyValue>();

/** hash(frozenset): CPython's frozenset_hash, exactly. */
export function frozensetHash(s: PyFrozenSet): PyValue {
  let h = hashCache.get(s);
  if (h === undefined) {
    frozensetHash64(s.table.liveKeys(), true);
    h = int64Value(R.hi, R.lo);
    hashCache.set(s, h);
  }
  return h;
}

// ---------------------------------------------------------------------------------------
// Methods

function self(v: PyValue): AnySet {
  return v as AnySet;
}

function one(name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (args.length !== 1 || (kwnames !== null && kwnames.length > 0)) arity(name, args, kwnames, 1);
  return args[0]!;
}

function noKw(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${name}() takes no keyword arguments`);
}

/** A binary operator: both operands must be sets, else NotImplemented. */
function operator(fn: (a: AnySet, b: AnySet) => PyValue, reflected = false): NativeMethod {
  return (s, args) => {
    const other = args[0]!;
    if (!isAnySet(other)) return NotImplemented;
    return reflected ? fn(other, self(s)) : fn(self(s), other);
  };
}

function inplace(fn: (a: AnySet, b: AnySet) => void): NativeMethod {
  return (s, args) => {
    const other = args[0]!;
    if (!isAnySet(other)) return NotImplemented;
    fn(self(s), other);
    return s;
  };
}

function defineShared(type: PyType, prefix: string): void {
  defMethods(type, {
    __repr__: (s) => setRepr(self(s)),
    __len__: (s) => self(s).table.size,
    __iter__: (s) => nativeIterator(setIterator(self(s)), IterTypes.set_iterator),
    __contains__: (s, args, kw) => hasKey(self(s), one(`${prefix}.__contains__`, args, kw)),
    copy: (s) => (self(s).type === T.frozenset ? s : copyOf(self(s))),
    union: (s, args, kw) => (noKw(`${prefix}.union`, kw), union(self(s), args)),
    intersection: (s, args, kw) => (noKw(`${prefix}.intersection`, kw), intersectionMulti(self(s), args)),
    difference(s, args, kw) {
      noKw(`${prefix}.difference`, kw);
      if (args.length === 0) return copyOf(self(s));
      const result = difference(self(s), args[0]!);
      for (const other of args.slice(1)) differenceUpdate(result, other);
      return result;
    },
    symmetric_difference: (s, args, kw) => symmetricDifference(self(s), one(`${prefix}.symmetric_difference`, args, kw)),
    issubset: (s, args, kw) => isSubset(self(s), one(`${prefix}.issubset`, args, kw)),
    issuperset: (s, args, kw) => isSuperset(self(s), one(`${prefix}.issuperset`, args, kw)),
    isdisjoint: (s, args, kw) => isDisjoint(self(s), one(`${prefix}.isdisjoint`, args, kw)),
    __or__: operator((a, b) => union(a, [b])),
    __and__: operator(intersection),
    __sub__: operator(difference),
    __xor__: operator(symmetricDifference),
    __ror__: operator((a, b) => union(a, [b]), true),
    __rand__: operator(intersection, true),
    __rsub__: operator(difference, true),
    __rxor__: operator(symmetricDifference, true),
  });
  ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
    defMethod(type, name, (s, args) => {
      const other = args[0]!;
      return isAnySet(other) ? setCompare(op, self(s), other) : NotImplemented;
    });
  });
}

function defineSet(): void {
  defStatic(T.set, '__new__', (args) => newSetOf(args[0] as PyType));
  defMethods(T.set, {
    __init__(s, args, kw) {
      noKw('set', kw);
      if (args.length > 1) typeError(`set expected at most 1 argument, got ${args.length}`);
      if (self(s).table.size > 0) setClear(self(s));
      if (args.length === 1) setUpdate(self(s), args[0]!);
      return null;
    },
    add: fixedMethod('set.add', 1, 1, (s, key) => (setAdd(self(s), key!), null)),
    discard: fixedMethod('set.discard', 1, 1, (s, key) => (discardKey(self(s), key!), null)),
    remove: fixedMethod('set.remove', 1, 1, (s, key) => {
      if (!discardKey(self(s), key!)) keyError(key!);
      return null;
    }),
    pop(s, args, kw) {
      arity('set.pop', args, kw, 0);
      const key = setPop(self(s));
      return key === undefined ? keyError('pop from an empty set') : key;
    },
    clear: (s, args, kw) => (arity('set.clear', args, kw, 0), setClear(self(s)), null),
    update(s, args, kw) {
      noKw('set.update', kw);
      for (const other of args) setUpdate(self(s), other);
      return null;
    },
    intersection_update(s, args, kw) {
      noKw('set.intersection_update', kw);
      setTakeBody(self(s), intersectionMulti(self(s), args));
      return null;
    },
    difference_update(s, args, kw) {
      noKw('set.difference_update', kw);
      for (const other of args) differenceUpdate(self(s), other);
      return null;
    },
    symmetric_difference_update(s, args, kw) {
      symmetricDifferenceUpdate(self(s), one('set.symmetric_difference_update', args, kw));
      return null;
    },
    __ior__: inplace((a, b) => setUpdate(a, b)),
    __iand__: inplace((a, b) => setTakeBody(a, intersection(a, b))),
    __isub__: inplace(differenceUpdate),
    __ixor__: inplace(symmetricDifferenceUpdate),
  });
  defineShared(T.set, 'set');
  T.set.dict.set('__hash__', null);
}

function frozensetNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  noKw('frozenset', kwnames);
  if (args.length > 2) typeError(`frozenset expected at most 1 argument, got ${args.length - 1}`);
  const cls = args[0] as PyType;
  const iterable = args[1];
  if (cls === T.frozenset && iterable instanceof PyFrozenSet && iterable.type === T.frozenset) return iterable;
  return makeSet(cls, iterable);
}

function defineFrozenSet(): void {
  defStatic(T.frozenset, '__new__', frozensetNew);
  defMethod(T.frozenset, '__hash__', (s) => frozensetHash(s as PyFrozenSet));
  defineShared(T.frozenset, 'frozenset');
}

let defined = false;
/** Installs set and frozenset methods and CPython-ordered set iteration (idempotent). */
export function defineSets(): void {
  if (defined) return;
  defined = true;
  defineSet();
  defineFrozenSet();
  installSetIterator((s) => nativeIterator(setIterator(s), IterTypes.set_iterator));
}
