// collections.defaultdict and collections.OrderedDict: real subclasses of dict (heap classes
// with base `dict`, so isinstance(d, dict) holds and the protocols route item access through
// __getitem__/__missing__). Instances are PyDict objects typed with the class; dict's own
// methods (get, keys, items, ...) are inherited. Reprs and errors follow CPython 3.11.

import { keyError, typeError } from '../exceptions.js';
import { NotImplemented, PyDict } from '../objects.js';
import { call, eq, getIter, nativeIterator, repr, reprGuarded, toArray, truthy } from '../protocols.js';
import type { PyType } from '../type-object.js';
import { T, isSubtype, typeOf } from '../types.js';
import { PyTuple, type PyValue } from '../values.js';
import { bindNative, defClassMethod, defGetter, defMethods, defStatic } from '../builtins/define.js';
import {
  dictEqual, entries, newDictOf, plainDictRepr, storeItem, subscriptDict, updateFrom, updateFromKeywords,
} from './dict-helpers.js';
import { heapClass, isCallable, splitArgs, type Kw } from './module-util.js';

// --- defaultdict

/** A defaultdict instance: a dict plus its default_factory. */
export class PyDefaultDict extends PyDict {
  factory: PyValue = null;
}

function checkFactory(f: PyValue): PyValue {
  if (f !== null && !isCallable(f)) typeError('first argument must be callable or None');
  return f;
}

function defaultDictInit(self: PyValue, args: PyValue[], kwnames: Kw): PyValue {
  const { pos, kw } = splitArgs(args, kwnames);
  const d = self as PyDefaultDict;
  if (pos.length > 0) d.factory = checkFactory(pos[0]!);
  if (pos.length > 2) typeError(`dict expected at most 1 argument, got ${pos.length - 1}`);
  if (pos.length === 2) updateFrom(d, pos[1]!);
  updateFromKeywords(d, kw);
  return null;
}

/** defaultdict | mapping (either side): a new defaultdict with `self`'s factory. */
function defaultDictOr(self: PyDefaultDict, left: PyValue, right: PyValue): PyValue {
  if (!(left instanceof PyDict) || !(right instanceof PyDict)) return NotImplemented;
  const result = call(typeOf(self), [self.factory, left]) as PyDict;
  updateFrom(result, right);
  return result;
}

export function defineDefaultDict(): PyType {
  const cls = heapClass('defaultdict', 'collections', T.dict);
  cls.dict.set('__hash__', null);
  defStatic(cls, '__new__', (args) => newDictOf(new PyDefaultDict(), args[0] as PyType, cls));
  const self = (o: PyValue): PyDefaultDict => o as PyDefaultDict;
  defMethods(cls, {
    __init__: defaultDictInit,
    __getitem__: (o, args) => subscriptDict(self(o), args[0]!),
    __missing__(o, args) {
      const d = self(o);
      if (d.factory === null) keyError(args[0]!);
      const value = call(d.factory, []);
      storeItem(d, args[0]!, value);
      return value;
    },
    __repr__(o) {
      const f = self(o).factory;
      const factory = f === null ? 'None' : reprGuarded(f, '...', () => repr(f));
      return `${typeOf(o).name}(${factory}, ${plainDictRepr(self(o))})`;
    },
    copy: (o) => call(typeOf(o), [self(o).factory, o]),
    __copy__: (o) => call(typeOf(o), [self(o).factory, o]),
    __or__: (o, args) => defaultDictOr(self(o), o, args[0]!),
    __ror__: (o, args) => defaultDictOr(self(o), args[0]!, o),
    __ior__(o, args) {
      updateFrom(self(o), args[0]!);
      return o;
    },
  });
  defGetter(cls, 'default_factory', (o) => self(o).factory, (o, v) => {
    self(o).factory = v;
  });
  return cls;
}

// --- OrderedDict

/** Moves `key` to the front by rebuilding the table in the new order. */
function moveToFront(d: PyDict, key: PyValue): void {
  const t = d.table;
  const pos = t.find(key);
  const order: Array<[PyValue, PyValue]> = [[t.keys[pos] as PyValue, t.values[pos]!]];
  for (const p of t.positions()) if (p !== pos) order.push([t.keys[p] as PyValue, t.values[p]!]);
  t.clear();
  for (const [k, v] of order) t.set(k, v);
}

function moveToEnd(self: PyValue, args: PyValue[], kwnames: Kw): PyValue {
  const [key, last] = bindNative('move_to_end', args, kwnames, ['key', 'last'], 1);
  const d = self as PyDict;
  const value = d.table.get(key!);
  if (value === undefined) keyError(key!);
  if (last === undefined || truthy(last)) {
    const k = d.table.keys[d.table.find(key!)] as PyValue;
    d.table.delete(key!);
    d.table.set(k, value);
  } else {
    moveToFront(d, key!);
  }
  return null;
}

function popItem(self: PyValue, args: PyValue[], kwnames: Kw): PyValue {
  const [last] = bindNative('popitem', args, kwnames, ['last']);
  const d = self as PyDict;
  if (d.size === 0) keyError('dictionary is empty');
  const pos = last === undefined || truthy(last) ? d.table.lastPosition() : d.table.positions().next().value as number;
  const key = d.table.keys[pos] as PyValue;
  const value = d.table.values[pos]!;
  d.table.removeAt(pos);
  return new PyTuple([key, value]);
}

function orderedRepr(self: PyValue): string {
  const d = self as PyDict;
  const name = typeOf(self).name;
  return reprGuarded(self, '...', () => {
    if (d.size === 0) return `${name}()`;
    return `${name}([${entries(d).map(([k, v]) => `(${repr(k)}, ${repr(v)})`).join(', ')}])`;
  });
}

/** OrderedDict == x: dict equality, plus the same key order when x is an OrderedDict too. */
function orderedEqual(cls: PyType, a: PyDict, b: PyValue): PyValue {
  if (!(b instanceof PyDict)) return NotImplemented;
  if (!dictEqual(a, b)) return false;
  if (!isSubtype(typeOf(b), cls)) return true;
  const ka = a.table.liveKeys();
  const kb = b.table.liveKeys();
  return ka.every((k, i) => eq(k, kb[i]!));
}

function orderedOr(left: PyValue, right: PyValue, resultType: PyType): PyValue {
  if (!(left instanceof PyDict) || !(right instanceof PyDict)) return NotImplemented;
  const result = call(resultType, [left]) as PyDict;
  updateFrom(result, right);
  return result;
}

export function defineOrderedDict(): PyType {
  const cls = heapClass('OrderedDict', 'collections', T.dict);
  cls.dict.set('__hash__', null);
  defStatic(cls, '__new__', (args) => newDictOf(new PyDict(), args[0] as PyType, cls));
  defMethods(cls, {
    __init__(self, args, kwnames) {
      const { pos, kw } = splitArgs(args, kwnames);
      if (pos.length > 1) typeError(`expected at most 1 arguments, got ${pos.length}`);
      if (pos.length === 1) updateFrom(self as PyDict, pos[0]!, 'unpack');
      updateFromKeywords(self as PyDict, kw);
      return null;
    },
    __getitem__: (self, args) => subscriptDict(self as PyDict, args[0]!),
    move_to_end: moveToEnd,
    popitem: popItem,
    __repr__: orderedRepr,
    __eq__: (self, args) => orderedEqual(cls, self as PyDict, args[0]!),
    __ne__(self, args) {
      const r = orderedEqual(cls, self as PyDict, args[0]!);
      return r === NotImplemented ? r : !r;
    },
    __reversed__(self) {
      const keys = (self as PyDict).table.liveKeys().reverse();
      let i = 0;
      return nativeIterator(() => (i < keys.length ? keys[i++] : undefined));
    },
    copy: (self) => call(typeOf(self), [self]),
    __copy__: (self) => call(typeOf(self), [self]),
    __or__: (self, args) => orderedOr(self, args[0]!, typeOf(self)),
    __ror__: (self, args) => orderedOr(args[0]!, self, typeOf(self)),
    __ior__(self, args) {
      updateFrom(self as PyDict, args[0]!, 'unpack');
      return self;
    },
  });
  defClassMethod(cls, 'fromkeys', (args, kwnames) => {
    const [iterable, value] = bindNative('fromkeys', args.slice(1), kwnames, ['iterable', 'value'], 1);
    const d = call(args[0]!, []) as PyDict;
    for (const k of toArray(getIter(iterable!))) storeItem(d, k, value === undefined ? null : value);
    return d;
  });
  return cls;
}
