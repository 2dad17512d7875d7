// collections.Counter (Lib/collections/__init__.py, 3.11): a dict subclass counting hashable
// items. Missing keys count as 0 (__missing__), most_common() orders by count descending
// keeping insertion order for ties (a stable sort, as heapq.nlargest guarantees), and the
// multiset operators keep only positive counts. Written against the table directly.

import { raise, toGuestException, typeError } from '../exceptions.js';
import { NotImplemented, PyDict } from '../objects.js';
import { binaryOp, compareOp } from '../operators.js';
import { call, getIter, iterNext, nativeIterator, truthy } from '../protocols.js';
import type { PyType } from '../type-object.js';
import { E, T, isSubtype, typeOf } from '../types.js';
import { PyList, PyTuple, type PyValue } from '../values.js';
import { bindNative, defClassMethod, defMethods, defStatic } from '../builtins/define.js';
import { entries, fetchItem, newDictOf, plainDictRepr, storeItem, subscriptDict, updateFrom } from './dict-helpers.js';
import { heapClass, splitArgs, toSmallInt, type Kw } from './module-util.js';

const ADD = 0;
const SUB = 10;
const LT = 0;
const LE = 1;
const EQ = 2;
const GT = 4;
const GE = 5;

function cmp(op: number, a: PyValue, b: PyValue): boolean {
  return truthy(compareOp(op, a, b));
}

/** self.get(elem, 0) (dict.get: no __missing__). */
function getCount(d: PyDict, elem: PyValue): PyValue {
  const v = d.table.get(elem);
  return v === undefined ? 0 : v;
}

/** Counter.update / Counter.subtract: a mapping adds its counts, an iterable counts items. */
function countFrom(d: PyDict, source: PyValue, sign: 1 | -1): void {
  if (source instanceof PyDict) {
    if (sign > 0 && d.size === 0) return updateFrom(d, source);
    for (const [elem, count] of entries(source)) {
      storeItem(d, elem, sign > 0 ? binaryOp(ADD, count, getCount(d, elem)) : binaryOp(SUB, getCount(d, elem), count));
    }
    return;
  }
  const it = getIter(source);
  for (let elem = iterNext(it); elem !== undefined; elem = iterNext(it)) {
    storeItem(d, elem, binaryOp(sign > 0 ? ADD : SUB, getCount(d, elem), 1));
  }
}

function counterUpdate(fname: string, sign: 1 | -1) {
  return (self: PyValue, args: PyValue[], kwnames: Kw): PyValue => {
    const { pos, kw } = splitArgs(args, kwnames);
    if (pos.length > 1) typeError(`${fname}() takes from 1 to 2 positional arguments but ${pos.length + 1} were given`);
    const d = self as PyDict;
    if (pos.length === 1 && pos[0] !== null) countFrom(d, pos[0]!, sign);
    if (kw.size > 0) {
      const kwDict = new PyDict();
      for (const [k, v] of kw) kwDict.set(k, v);
      countFrom(d, kwDict, sign);
    }
    return null;
  };
}

/** Items sorted by count, largest first, ties in insertion order. */
function byCount(d: PyDict): Array<[PyValue, PyValue]> {
  return entries(d).sort((a, b) => (cmp(LT, b[1], a[1]) ? -1 : cmp(LT, a[1], b[1]) ? 1 : 0));
}

function mostCommon(self: PyValue, args: PyValue[], kwnames: Kw): PyValue {
  const [n] = bindNative('most_common', args, kwnames, ['n']);
  let items = byCount(self as PyDict);
  if (n !== undefined && n !== null) items = items.slice(0, Math.max(0, toSmallInt(n)));
  return new PyList(items.map(([k, v]) => new PyTuple([k, v])));
}

function elements(self: PyValue): PyValue {
  const items = entries(self as PyDict);
  let i = 0;
  let left = 0;
  let current: PyValue = null;
  return nativeIterator(() => {
    while (left <= 0) {
      if (i >= items.length) return undefined;
      [current, left] = [items[i]![0], toSmallInt(items[i]![1])];
      i++;
    }
    left--;
    return current;
  });
}

function counterRepr(self: PyValue): string {
  const d = self as PyDict;
  const name = typeOf(self).name;
  if (d.size === 0) return `${name}()`;
  let pairs: Array<[PyValue, PyValue]>;
  try {
    pairs = byCount(d);
  } catch (e) {
    if (!isSubtype(toGuestException(e).type, E['TypeError']!)) throw e;
    pairs = entries(d);
  }
  const ordered = new PyDict();
  for (const [k, v] of pairs) ordered.set(k, v);
  return `${name}(${plainDictRepr(ordered)})`;
}

// --- multiset arithmetic

type Combine = (count: PyValue, other: PyValue) => PyValue;

/** The binary operators: combine counts of shared keys, keep positives, add other's own keys. */
function multisetOp(cls: PyType, combine: Combine, otherOnly: ((count: PyValue) => PyValue | undefined) | null) {
  return (self: PyValue, args: PyValue[]): PyValue => {
    const other = args[0]!;
    if (!isSubtype(typeOf(other), cls)) return NotImplemented;
    const a = self as PyDict;
    const result = newDictOf(new PyDict(), cls, cls);
    for (const [elem, count] of entries(a)) {
      const v = combine(count, fetchItem(other, elem));
      if (cmp(GT, v, 0)) result.table.set(elem, v);
    }
    if (otherOnly !== null) {
      for (const [elem, count] of entries(other as PyDict)) {
        const v = a.table.has(elem) ? undefined : otherOnly(count);
        if (v !== undefined) result.table.set(elem, v);
      }
    }
    return result;
  };
}

/** Unary + and -: the positive counts, or the negated negative ones. */
function unaryOp(cls: PyType, negate: boolean) {
  return (self: PyValue): PyValue => {
    const result = newDictOf(new PyDict(), cls, cls);
    for (const [elem, count] of entries(self as PyDict)) {
      if (!negate && cmp(GT, count, 0)) result.table.set(elem, count);
      if (negate && cmp(LT, count, 0)) result.table.set(elem, binaryOp(SUB, 0, count));
    }
    return result;
  };
}

function keepPositive(d: PyDict): PyDict {
  for (const [elem, count] of entries(d)) if (!cmp(GT, count, 0)) d.table.delete(elem);
  return d;
}

/** The in-place operators: update self from other's items, then drop non-positive counts. */
function inplaceOp(step: (d: PyDict, elem: PyValue, count: PyValue, other: PyValue) => void, overSelf = false) {
  return (self: PyValue, args: PyValue[]): PyValue => {
    const d = self as PyDict;
    const other = args[0]!;
    const source = overSelf ? d : (other as PyDict);
    for (const [elem, count] of entries(source)) step(d, elem, count, other);
    return keepPositive(d);
  };
}

function defineArithmetic(cls: PyType): void {
  const max: Combine = (c, o) => (cmp(LT, c, o) ? o : c);
  const min: Combine = (c, o) => (cmp(LT, c, o) ? c : o);
  defMethods(cls, {
    __add__: multisetOp(cls, (c, o) => binaryOp(ADD, c, o), (c) => (cmp(GT, c, 0) ? c : undefined)),
    __sub__: multisetOp(cls, (c, o) => binaryOp(SUB, c, o), (c) => (cmp(LT, c, 0) ? binaryOp(SUB, 0, c) : undefined)),
    __or__: multisetOp(cls, max, (c) => (cmp(GT, c, 0) ? c : undefined)),
    __and__: multisetOp(cls, min, null),
    __pos__: unaryOp(cls, false),
    __neg__: unaryOp(cls, true),
    __iadd__: inplaceOp((d, e, c) => storeItem(d, e, binaryOp(ADD, fetchItem(d, e), c))),
    __isub__: inplaceOp((d, e, c) => storeItem(d, e, binaryOp(SUB, fetchItem(d, e), c))),
    __ior__: inplaceOp((d, e, c) => {
      if (cmp(GT, c, fetchItem(d, e))) storeItem(d, e, c);
    }),
    __iand__: inplaceOp((d, e, c, other) => {
      const o = fetchItem(other, e);
      if (cmp(LT, o, c)) storeItem(d, e, o);
    }, true),
  });
}

// --- comparisons (3.10+: missing elements count as zero)

function allCounts(cls: PyType, op: number) {
  return (self: PyValue, other: PyValue): PyValue => {
    if (!isSubtype(typeOf(other), cls)) return NotImplemented;
    for (const c of [self as PyDict, other as PyDict]) {
      for (const e of c.table.liveKeys()) if (!cmp(op, fetchItem(self, e), fetchItem(other, e))) return false;
    }
    return true;
  };
}

function defineComparisons(cls: PyType): void {
  const equal = allCounts(cls, EQ);
  const le = allCounts(cls, LE);
  const ge = allCounts(cls, GE);
  const strict = (base: typeof le) => (self: PyValue, other: PyValue): PyValue => {
    const r = base(self, other);
    return r === true ? equal(self, other) !== true : r;
  };
  defMethods(cls, {
    __eq__: (self, args) => equal(self, args[0]!),
    __ne__(self, args) {
      const r = equal(self, args[0]!);
      return r === NotImplemented ? r : !r;
    },
    __le__: (self, args) => le(self, args[0]!),
    __ge__: (self, args) => ge(self, args[0]!),
    __lt__: (self, args) => strict(le)(self, args[0]!),
    __gt__: (self, args) => strict(ge)(self, args[0]!),
  });
}

export function defineCounter(): PyType {
  const cls = heapClass('Counter', 'collections', T.dict);
  cls.dict.set('__hash__', null);
  defStatic(cls, '__new__', (args) => newDictOf(new PyDict(), args[0] as PyType, cls));
  defMethods(cls, {
    __init__: counterUpdate('Counter.__init__', 1),
    update: counterUpdate('Counter.update', 1),
    subtract: counterUpdate('Counter.subtract', -1),
    __getitem__: (self, args) => subscriptDict(self as PyDict, args[0]!),
    __missing__: () => 0,
    __delitem__(self, args) {
      (self as PyDict).table.delete(args[0]!);
      return null;
    },
    most_common: mostCommon,
    elements,
    total(self) {
      let sum: PyValue = 0;
      for (const [, v] of entries(self as PyDict)) sum = binaryOp(ADD, sum, v);
      return sum;
    },
    __repr__: counterRepr,
    copy: (self) => call(typeOf(self), [self]),
    __copy__: (self) => call(typeOf(self), [self]),
  });
  defClassMethod(cls, 'fromkeys', () => raise('NotImplementedError', 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.'));
  defineArithmetic(cls);
  defineComparisons(cls);
  return cls;
}
