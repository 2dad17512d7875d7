// The dict class and its views (https://docs.python.org/3/library/stdtypes.html#mapping-types-dict):
// construction and update from mappings or pairs with CPython's errors, every method, the
// | and |= merge operators, and the set algebra of keys()/items() views (which builds sets the
// way Objects/dictobject.c does, so they print in CPython's order). defineMappings() also
// installs set and frozenset (sets.ts).

import { keyError, newException, raise, typeError } from '../exceptions.js';
import { NotImplemented, PyDict, PyDictView, newAttrDict, type NativeMethod } from '../objects.js';
import { contains } from '../operators.js';
import {
  call, callMethodDescr, eq, getAttr, getIter, isPlainSequence, iterNext, len, lookupType, nativeIterator, repr, reprGuarded,
  tableIterator, toArray,
} from '../protocols.js';
import { getItem, setItem } from '../subscript.js';
import { PyType } from '../type-object.js';
import { E, IterTypes, T, typeOf } from '../types.js';
import { PyList, PyTuple, type PyValue } from '../values.js';
import { arity, defClassMethod, defMethod, defMethods, defStatic, fixedMethod } from './define.js';
import { setAdd, setDiscard, setKeys, type AnySet } from './set-order.js';
import { defineSets, isAnySet, makeSet, setUpdate } from './sets.js';

function dict(v: PyValue): PyDict {
  return v as PyDict;
}

/** A class object for one of CPython's helper types (views, reverse iterators). */
function helperType(name: string, base: PyType = T.object): PyType {
  const type = new PyType(name);
  type.bases = [base];
  type.mro = [type, ...base.mro];
  type.base = base;
  return type;
}

const VIEW_TYPES = {
  keys: helperType('dict_keys', T.dict_view),
  values: helperType('dict_values', T.dict_view),
  items: helperType('dict_items', T.dict_view),
};

const REVERSE_ITERATORS = {
  keys: helperType('dict_reversekeyiterator'),
  values: helperType('dict_reversevalueiterator'),
  items: helperType('dict_reverseitemiterator'),
};

export function newView(d: PyDict, kind: 'keys' | 'values' | 'items'): PyDictView {
  const view = new PyDictView(d, kind);
  view.type = VIEW_TYPES[kind];
  return view;
}

// ---------------------------------------------------------------------------------------
// Construction and update (dict_update_arg, dict_merge, dict_merge_from_seq2)

/** d.update(other): a dict, an object with keys(), or an iterable of pairs. */
export function dictUpdate(d: PyDict, other: PyValue): void {
  if (other instanceof PyDict && lookupType(typeOf(other), '__iter__') === T.dict.dict.get('__iter__')) {
    const t = other.table;
    for (let i = 0; i < t.keys.length; i++) if (t.live(i)) d.table.set(t.keys[i] as PyValue, t.values[i]!);
    return;
  }
  if (other !== null && typeof other === 'object' && lookupType(typeOf(other), 'keys') !== undefined) {
    for (const key of toArray(call(getAttr(other, 'keys'), []))) d.table.set(key, getItem(other, key));
    return;
  }
  mergeFromPairs(d, other);
}

function mergeFromPairs(d: PyDict, pairs: PyValue): void {
  const it = getIter(pairs);
  let i = 0;
  for (let item = iterNext(it); item !== undefined; item = iterNext(it), i++) {
    let pair: PyValue[];
    if (isPlainSequence(item)) pair = item.items;
    else {
      const type = typeOf(item);
      if (typeof item !== 'string' && lookupType(type, '__iter__') === undefined && lookupType(type, '__getitem__') === undefined) {
        typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      }
      pair = toArray(item);
    }
    if (pair.length !== 2) raise('ValueError', `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    d.table.set(pair[0]!, pair[1]!);
  }
}

function updateWithArgs(name: string, d: PyDict, args: PyValue[], kwnames: readonly string[] | null): void {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > 1) typeError(`${name} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdate(d, args[0]!);
  for (let i = 0; i < nkw; i++) d.table.set(kwnames![i]!, args[npos + i]!);
}

function dictNew(args: PyValue[]): PyValue {
  const cls = args[0] as PyType;
  const d = new PyDict();
  if (cls !== T.dict) {
    d.type = cls;
    d.attrs = newAttrDict();
  }
  return d;
}

function copyDict(d: PyDict): PyDict {
  const out = new PyDict();
  out.table = d.table.copy();
  return out;
}

function fromKeys(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = args[0] as PyType;
  arity('fromkeys', args.slice(1), kwnames, 1, 2);
  const value = args[2] ?? null;
  const d = cls === T.dict ? new PyDict() : call(cls, []);
  const keys = args[1]!;
  if (d instanceof PyDict && d.type === T.dict) {
    for (const key of toArray(keys)) d.table.set(key, value);
  } else {
    for (const key of toArray(keys)) setItem(d, key, value);
  }
  return d;
}

// ---------------------------------------------------------------------------------------
// dict methods

function dictRepr(d: PyDict): string {
  return reprGuarded(d, '{...}', () => {
    const t = d.table;
    const parts: string[] = [];
    for (let i = 0; i < t.keys.length; i++) if (t.live(i)) parts.push(`${repr(t.keys[i] as PyValue)}: ${repr(t.values[i]!)}`);
    return `{${parts.join(', ')}}`;
  });
}

function dictEquals(a: PyDict, b: PyDict): boolean {
  if (a === b) return true;
  if (a.table.size !== b.table.size) return false;
  const t = a.table;
  for (let i = 0; i < t.keys.length; i++) {
    if (!t.live(i)) continue;
    const other = b.table.get(t.keys[i] as PyValue);
    if (other === undefined || !eq(t.values[i]!, other)) return false;
  }
  return true;
}

function reverseIterator(d: PyDict, kind: 'keys' | 'values' | 'items'): PyValue {
  const t = d.table;
  const size = t.size;
  let i = t.keys.length - 1;
  return nativeIterator(() => {
    if (t.size !== size) raise('RuntimeError', 'dictionary changed size during iteration');
    while (i >= 0 && !t.live(i)) i--;
    if (i < 0) return undefined;
    const pos = i--;
    if (kind === 'keys') return t.keys[pos] as PyValue;
    if (kind === 'values') return t.values[pos]!;
    return new PyTuple([t.keys[pos] as PyValue, t.values[pos]!]);
  }, REVERSE_ITERATORS[kind]);
}

const getMethod = fixedMethod('get', 1, 2, (self, key, dflt) => {
  const v = dict(self).table.get(key!);
  return v === undefined ? (dflt ?? null) : v;
});

function defineDictMethods(): void {
  defStatic(T.dict, '__new__', dictNew);
  defClassMethod(T.dict, 'fromkeys', fromKeys);
  defMethods(T.dict, {
    __init__: (self, args, kw) => (updateWithArgs('dict', dict(self), args, kw), null),
    update: (self, args, kw) => (updateWithArgs('update', dict(self), args, kw), null),
    get: getMethod,
    setdefault: fixedMethod('setdefault', 1, 2, (self, key, dflt) => {
      const t = dict(self).table;
      const v = t.get(key!);
      if (v !== undefined) return v;
      t.set(key!, dflt ?? null);
      return dflt ?? null;
    }),
    pop: fixedMethod('pop', 1, 2, (self, key, dflt) => {
      const v = dict(self).table.delete(key!);
      if (v !== undefined) return v;
      return dflt !== undefined ? dflt : keyError(key!);
    }),
    popitem(self, args, kwnames) {
      arity('dict.popitem', args, kwnames, 0);
      const t = dict(self).table;
      const pos = t.lastPosition();
      if (pos < 0) keyError('popitem(): dictionary is empty');
      const item = new PyTuple([t.keys[pos] as PyValue, t.values[pos]!]);
      t.removeAt(pos);
      return item;
    },
    keys: fixedMethod('dict.keys', 0, 0, (self) => newView(dict(self), 'keys')),
    values: fixedMethod('dict.values', 0, 0, (self) => newView(dict(self), 'values')),
    items: fixedMethod('dict.items', 0, 0, (self) => newView(dict(self), 'items')),
    copy: fixedMethod('dict.copy', 0, 0, (self) => copyDict(dict(self))),
    clear: (self, args, kw) => (arity('dict.clear', args, kw, 0), dict(self).table.clear(), null),
  });
  defineDictDunders();
}

function defineDictDunders(): void {
  defMethods(T.dict, {
    __repr__: (self) => dictRepr(dict(self)),
    __len__: (self) => dict(self).table.size,
    __contains__: (self, args) => dict(self).table.has(args[0]!),
    __iter__: (self) => tableIterator(dict(self).table, 'keys', IterTypes.dict_keyiterator),
    __reversed__: (self) => reverseIterator(dict(self), 'keys'),
    __getitem__(self, args) {
      const key = args[0]!;
      const v = dict(self).table.get(key);
      if (v !== undefined) return v;
      const missing = typeOf(self) === T.dict ? undefined : lookupType(typeOf(self), '__missing__');
      return missing === undefined || missing === null ? keyError(key) : callMethodDescr(missing, self, [key]);
    },
    __setitem__: (self, args) => (dict(self).table.set(args[0]!, args[1]!), null),
    __delitem__(self, args) {
      if (dict(self).table.delete(args[0]!) === undefined) keyError(args[0]!);
      return null;
    },
    __eq__: (self, args) => (args[0] instanceof PyDict ? dictEquals(dict(self), args[0]) : NotImplemented),
    __ne__: (self, args) => (args[0] instanceof PyDict ? !dictEquals(dict(self), args[0]) : NotImplemented),
    __or__(self, args) {
      if (!(args[0] instanceof PyDict)) return NotImplemented;
      const out = copyDict(dict(self));
      dictUpdate(out, args[0]);
      return out;
    },
    __ror__(self, args) {
      if (!(args[0] instanceof PyDict)) return NotImplemented;
      const out = copyDict(args[0]);
      dictUpdate(out, self);
      return out;
    },
    __ior__: (self, args) => (dictUpdate(dict(self), args[0]!), self),
  });
  T.dict.dict.set('__hash__', null);
}

// ---------------------------------------------------------------------------------------
// Views

function view(v: PyValue): PyDictView {
  return v as PyDictView;
}

function isSetLikeView(v: PyValue): v is PyDictView {
  return v instanceof PyDictView && v.kind !== 'values';
}

function viewContains(v: PyDictView, x: PyValue): boolean {
  const t = v.dictObj.table;
  if (v.kind === 'keys') return t.has(x);
  if (v.kind === 'values') {
    for (let i = 0; i < t.keys.length; i++) if (t.live(i) && eq(t.values[i]!, x)) return true;
    return false;
  }
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const value = t.get(x.items[0]!);
  return value !== undefined && eq(value, x.items[1]!);
}

function viewRepr(v: PyDictView): string {
  return reprGuarded(v, '...', () => `${typeOf(v).name}(${repr(new PyList(toArray(v)))})`);
}

/** dictviews_to_set: a keys view of a plain dict takes the dict's presizing path. */
function viewToSet(v: PyValue): AnySet {
  if (v instanceof PyDictView && v.kind === 'keys' && v.dictObj.type === T.dict) return makeSet(T.set, v.dictObj);
  return makeSet(T.set, v);
}

/** _PyDictView_Intersect. */
function viewIntersect(a: PyValue, b: PyValue): PyValue {
  let self = isSetLikeView(a) ? a : (b as PyDictView);
  let other = self === a ? b : a;
  const lenSelf = self.dictObj.table.size;
  if (other !== null && typeof other === 'object' && other.type === T.set && lenSelf <= len(other)) {
    return callMethodDescr(T.set.dict.get('intersection')!, other, [self]);
  }
  if (isSetLikeView(other) && other.dictObj.table.size > lenSelf) [self, other] = [other, self];
  const result = makeSet(T.set, undefined);
  const it = getIter(other);
  for (let key = iterNext(it); key !== undefined; key = iterNext(it)) if (viewContains(self, key)) setAdd(result, key);
  return result;
}

/** dictitems_xor: symmetric difference of two items views by key and value. */
function itemsXor(a: PyDictView, b: PyDictView): PyValue {
  const temp = copyDict(a.dictObj);
  const result = makeSet(T.set, undefined);
  const t2 = b.dictObj.table;
  for (let i = 0; i < t2.keys.length; i++) {
    if (!t2.live(i)) continue;
    const key = t2.keys[i] as PyValue;
    const v1 = temp.table.get(key);
    if (v1 !== undefined && eq(v1, t2.values[i]!)) temp.table.delete(key);
    else setAdd(result, new PyTuple([key, t2.values[i]!]));
  }
  setUpdate(result, newView(temp, 'items'));
  return result;
}

function viewXor(a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyDictView && a.kind === 'items' && b instanceof PyDictView && b.kind === 'items') return itemsXor(a, b);
  const result = viewToSet(a);
  const source = isAnySet(b) ? b : b instanceof PyDict && b.type === T.dict ? b : makeSet(T.set, b);
  const keys = source instanceof PyDict ? source.table.liveKeys() : setKeys(source);
  for (const key of keys) if (!setDiscard(result, key)) setAdd(result, key);
  return result;
}

function viewSub(a: PyValue, b: PyValue): PyValue {
  const result = viewToSet(a);
  callMethodDescr(T.set.dict.get('difference_update')!, result, [b]);
  return result;
}

function viewOr(a: PyValue, b: PyValue): PyValue {
  const result = viewToSet(a);
  setUpdate(result, b);
  return result;
}

function viewIsDisjoint(v: PyDictView, other: PyValue): boolean {
  if (other === v) return v.dictObj.table.size === 0;
  let self: PyValue = v;
  if ((isAnySet(other) || isSetLikeView(other)) && len(other) > v.dictObj.table.size) [self, other] = [other, v];
  const it = getIter(other);
  for (let key = iterNext(it); key !== undefined; key = iterNext(it)) if (contains(self, key)) return false;
  return true;
}

function allContainedIn(a: PyValue, b: PyValue): boolean {
  const it = getIter(a);
  for (let key = iterNext(it); key !== undefined; key = iterNext(it)) if (!contains(b, key)) return false;
  return true;
}

function viewCompare(op: number, a: PyDictView, b: PyValue): PyValue {
  if (!isAnySet(b) && !isSetLikeView(b)) return NotImplemented;
  const n = len(a);
  const m = len(b);
  switch (op) {
    case 0: return n < m && allContainedIn(a, b);
    case 1: return n <= m && allContainedIn(a, b);
    case 2: return n === m && allContainedIn(a, b);
    case 3: return !(n === m && allContainedIn(a, b));
    case 4: return n > m && allContainedIn(b, a);
    default: return n >= m && allContainedIn(b, a);
  }
}

function setOperator(fn: (a: PyValue, b: PyValue) => PyValue, reflected: boolean): NativeMethod {
  return (self, args) => {
    if (!isSetLikeView(self)) return NotImplemented;
    return reflected ? fn(args[0]!, self) : fn(self, args[0]!);
  };
}

function defineViews(): void {
  const base = T.dict_view;
  defMethods(base, {
    __repr__: (self) => viewRepr(view(self)),
    __len__: (self) => view(self).dictObj.table.size,
    __iter__(self) {
      const v = view(self);
      const type = v.kind === 'keys' ? IterTypes.dict_keyiterator : v.kind === 'values' ? IterTypes.dict_valueiterator : IterTypes.dict_itemiterator;
      return tableIterator(v.dictObj.table, v.kind, type);
    },
    __reversed__: (self) => reverseIterator(view(self).dictObj, view(self).kind),
    __contains__: (self, args) => viewContains(view(self), args[0]!),
    isdisjoint: (self, args, kw) => (arity('isdisjoint', args, kw, 1), viewIsDisjoint(view(self), args[0]!)),
    __and__: setOperator(viewIntersect, false),
    __rand__: setOperator(viewIntersect, true),
    __or__: setOperator(viewOr, false),
    __ror__: setOperator(viewOr, true),
    __sub__: setOperator(viewSub, false),
    __rsub__: setOperator(viewSub, true),
    __xor__: setOperator(viewXor, false),
    __rxor__: setOperator(viewXor, true),
  });
  for (const kind of ['keys', 'items'] as const) {
    ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
      defMethod(VIEW_TYPES[kind], name, (self, args) => viewCompare(op, view(self), args[0]!));
    });
    VIEW_TYPES[kind].dict.set('__hash__', null);
  }
  for (const type of Object.values(REVERSE_ITERATORS)) {
    defMethods(type, {
      __iter__: (self) => self,
      __next__(self) {
        const v = (self as unknown as { nextValue(): PyValue | undefined }).nextValue();
        if (v === undefined) throw newException(E['StopIteration']!);
        return v;
      },
    });
  }
}

let defined = false;
/** Installs dict, its views, set and frozenset (idempotent). */
export function defineMappings(): void {
  if (defined) return;
  defined = true;
  defineDictMethods();
  defineViews();
  defineSets();
}
