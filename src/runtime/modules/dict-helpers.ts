// Helpers shared by the dict subclasses of collections (defaultdict, OrderedDict, Counter):
// instance creation, item access that honours a guest subclass's overrides, dict.update's
// argument handling with CPython's errors, and the plain `{k: v}` repr. They work on the
// table directly so the modules do not depend on how dict's own methods are written.

import { keyError, raise, typeError } from '../exceptions.js';
import { PyDict, PyMethodDescriptor, newAttrDict } from '../objects.js';
import { callMethodDescr, eq, getAttrOpt, getIter, isPlainSequence, iterNext, lookupType, repr, reprGuarded, toArray } from '../protocols.js';
import { getItem } from '../subscript.js';
import type { PyType } from '../type-object.js';
import { T, typeOf } from '../types.js';
import type { PyValue } from '../values.js';
import { call } from '../protocols.js';

/** A dict instance of class `cls`; instances of guest subclasses get an attribute dict. */
export function newDictOf<D extends PyDict>(dict: D, cls: PyType, own: PyType): D {
  dict.type = cls;
  if (cls !== own) dict.attrs = newAttrDict();
  return dict;
}

/** Live (key, value) pairs in order, as a snapshot. */
export function entries(d: PyDict): Array<[PyValue, PyValue]> {
  const out: Array<[PyValue, PyValue]> = [];
  for (const pos of d.table.positions()) out.push([d.table.keys[pos] as PyValue, d.table.values[pos]!]);
  return out;
}

function isBuiltinSlot(hook: PyValue | undefined, own: readonly PyType[]): boolean {
  return hook === undefined || (hook instanceof PyMethodDescriptor && (hook.owner === T.dict || own.includes(hook.owner)));
}

/** self[key] = value, through a guest __setitem__ override if there is one. */
export function storeItem(d: PyDict, key: PyValue, value: PyValue): void {
  const hook = lookupType(typeOf(d), '__setitem__');
  if (isBuiltinSlot(hook, [])) d.table.set(key, value);
  else callMethodDescr(hook!, d, [key, value]);
}

/** dict.__getitem__ for a subclass: the table, then __missing__, then KeyError. */
export function subscriptDict(d: PyDict, key: PyValue): PyValue {
  const v = d.table.get(key);
  if (v !== undefined) return v;
  const missing = lookupType(typeOf(d), '__missing__');
  if (missing !== undefined) return callMethodDescr(missing, d, [key]);
  return keyError(key);
}

/** self[key] as a guest would write it (Counter's `other[elem]`). */
export function fetchItem(d: PyValue, key: PyValue): PyValue {
  return d instanceof PyDict && !typeOf(d).isHeapType ? (d.table.get(key) ?? keyError(key)) : getItem(d, key);
}

/** dict.update(arg): a mapping (dict or anything with keys()) or an iterable of pairs.
 *  `pairs` selects the wording for bad pairs: dict's C messages or MutableMapping.update's
 *  unpacking errors (OrderedDict). */
export function updateFrom(d: PyDict, arg: PyValue, pairs: 'dict' | 'unpack' = 'dict'): void {
  if (arg instanceof PyDict) {
    for (const [k, v] of entries(arg)) storeItem(d, k, v);
    return;
  }
  const keys = getAttrOpt(arg, 'keys');
  if (keys !== undefined) {
    for (const k of toArray(call(keys, []))) storeItem(d, k, getItem(arg, k));
    return;
  }
  const it = getIter(arg);
  for (let i = 0, item = iterNext(it); item !== undefined; i++, item = iterNext(it)) {
    const pair = pairs === 'dict' ? dictPair(item, i) : toArray(item);
    if (pair.length !== 2) raise('ValueError', pairs === 'dict' ? `dictionary update sequence element #${i} has length ${pair.length}; 2 is required` : unpackMessage(pair.length));
    storeItem(d, pair[0]!, pair[1]!);
  }
}

function dictPair(item: PyValue, i: number): PyValue[] {
  if (isPlainSequence(item)) return item.items;
  let it: PyValue;
  try {
    it = getIter(item);
  } catch {
    return typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
  }
  return toArray(it);
}

function unpackMessage(n: number): string {
  return n > 2 ? 'too many values to unpack (expected 2)' : `not enough values to unpack (expected 2, got ${n})`;
}

/** Keyword arguments as dict entries. */
export function updateFromKeywords(d: PyDict, kw: ReadonlyMap<string, PyValue>): void {
  for (const [k, v] of kw) storeItem(d, k, v);
}

/** The `{k: v, ...}` repr of a dict's contents, with `{...}` for cycles. */
export function plainDictRepr(d: PyDict): string {
  return reprGuarded(d, '{...}', () => `{${entries(d).map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(', ')}}`);
}

/** dict == dict: same keys, equal values (order ignored). */
export function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of entries(a)) {
    const other = b.table.get(k);
    if (other === undefined || !eq(v, other)) return false;
  }
  return true;
}
