// A small TypeScript vocabulary for re-enacting the Python cases of record_modules.py against
// the module natives directly: a realm with the built-in types installed, module lookup, calls
// with keywords, Python operators, and value builders (L = list, T = tuple, F = float, ...).
// Used only by the modules tests; it never runs guest bytecode.

import { createBuiltins } from '../../src/runtime/builtins/index.js';
import { defineBytes } from '../../src/runtime/builtins/bytes.js';
import { defineMappings } from '../../src/runtime/builtins/mappings.js';
import { defineSequences } from '../../src/runtime/builtins/sequences.js';
import { defineSets } from '../../src/runtime/builtins/sets.js';
import { defineStrings } from '../../src/runtime/builtins/strings.js';
import { newException } from '../../src/runtime/exceptions.js';
import { BUILTIN_MODULES } from '../../src/runtime/modules/registry.js';
import {
  PyBuiltinFunction, PyDict, PyInstance, PyMethodDescriptor, PyModule, PyRange, PySet, PySlice,
} from '../../src/runtime/objects.js';
import { binaryOp, compareOp, contains, unaryNegative, unaryPositive } from '../../src/runtime/operators.js';
import { call, getAttr, getIter, iterNext, setAttr, toArray, truthy } from '../../src/runtime/protocols.js';
import { Realm, enterRealm } from '../../src/runtime/realm.js';
import { delItem, getItem, setItem } from '../../src/runtime/subscript.js';
import type { PyType } from '../../src/runtime/type-object.js';
import { E, newClass } from '../../src/runtime/types.js';
import { PyBytes, PyFloat, PyList, PyTuple, type PyValue } from '../../src/runtime/values.js';

let modules = new Map<string, PyModule>();

/** A fresh realm with every built-in type's methods installed; module cache cleared. */
export function setupRealm(): Realm {
  const realm = new Realm({ stdout: { write: () => undefined }, stderr: { write: () => undefined }, argv: [''], path: [], recursionLimit: 1000 });
  enterRealm(realm);
  realm.builtins = createBuiltins();
  defineSequences();
  defineMappings();
  defineSets();
  defineStrings();
  defineBytes();
  modules = new Map();
  return realm;
}

export function mod(name: string): PyModule {
  let m = modules.get(name);
  if (m === undefined) {
    m = BUILTIN_MODULES[name]!();
    modules.set(name, m);
  }
  return m;
}

/** Dotted attribute access: at(x, 'a.b'). */
export function at(obj: PyValue, path: string): PyValue {
  return path.split('.').reduce((o, name) => getAttr(o, name), obj);
}

/** module.attr, e.g. M('itertools', 'chain.from_iterable'). */
export function M(module: string, path: string): PyValue {
  return at(mod(module), path);
}

/** f(*args). */
export function ca(f: PyValue, ...args: PyValue[]): PyValue {
  return call(f, args);
}

/** f(*args, **kw). */
export function ck(f: PyValue, args: PyValue[], kw: Record<string, PyValue>): PyValue {
  const names = Object.keys(kw);
  return call(f, [...args, ...Object.values(kw)], names.length > 0 ? names : null);
}

/** obj.name(*args). */
export function me(obj: PyValue, name: string, ...args: PyValue[]): PyValue {
  return call(getAttr(obj, name), args);
}

/** obj.name(*args, **kw). */
export function mk(obj: PyValue, name: string, args: PyValue[], kw: Record<string, PyValue>): PyValue {
  return ck(getAttr(obj, name), args, kw);
}

export const L = (...items: PyValue[]): PyList => new PyList(items);
export const T = (...items: PyValue[]): PyTuple => new PyTuple(items);
export const F = (x: number): PyFloat => new PyFloat(x);
export const B = (s: string): PyBytes => new PyBytes(Uint8Array.from(s, (c) => c.charCodeAt(0)));
export const N = null;

export function D(...entries: Array<[PyValue, PyValue]>): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) d.set(k, v);
  return d;
}

export function S(...items: PyValue[]): PySet {
  const s = new PySet();
  for (const v of items) s.table.set(v, null);
  return s;
}

export function range(a: number, b?: number, step = 1): PyRange {
  return b === undefined ? new PyRange(0, a, 1) : new PyRange(a, b, step);
}

export const slice = (a: PyValue, b: PyValue, c: PyValue = null): PySlice => new PySlice(a, b, c);

/** A guest-callable JS function (stands in for a lambda). */
export function fn(f: (...args: PyValue[]) => PyValue, name = '<lambda>'): PyBuiltinFunction {
  return new PyBuiltinFunction(name, (args) => f(...args));
}

export const list = (v: PyValue): PyList => new PyList(toArray(v));
export const iter = getIter;
export const bool = truthy;

export function next(it: PyValue): PyValue {
  const v = iterNext(it);
  if (v === undefined) throw newException(E['StopIteration']!);
  return v;
}

/** The Python operators used by the cases. */
export const op = {
  add: (a: PyValue, b: PyValue) => binaryOp(0, a, b),
  sub: (a: PyValue, b: PyValue) => binaryOp(10, a, b),
  mul: (a: PyValue, b: PyValue) => binaryOp(5, a, b),
  mod: (a: PyValue, b: PyValue) => binaryOp(6, a, b),
  pow: (a: PyValue, b: PyValue) => binaryOp(8, a, b),
  or: (a: PyValue, b: PyValue) => binaryOp(7, a, b),
  iadd: (a: PyValue, b: PyValue) => binaryOp(13, a, b),
  imul: (a: PyValue, b: PyValue) => binaryOp(18, a, b),
  ior: (a: PyValue, b: PyValue) => binaryOp(20, a, b),
  lt: (a: PyValue, b: PyValue) => compareOp(0, a, b),
  le: (a: PyValue, b: PyValue) => compareOp(1, a, b),
  eq: (a: PyValue, b: PyValue) => compareOp(2, a, b),
  ne: (a: PyValue, b: PyValue) => compareOp(3, a, b),
  gt: (a: PyValue, b: PyValue) => compareOp(4, a, b),
  ge: (a: PyValue, b: PyValue) => compareOp(5, a, b),
  in: (a: PyValue, b: PyValue) => contains(b, a),
  neg: unaryNegative,
  pos: unaryPositive,
  getitem: getItem,
  setitem: (o: PyValue, k: PyValue, v: PyValue): PyValue => (setItem(o, k, v), null),
  delitem: (o: PyValue, k: PyValue): PyValue => (delItem(o, k), null),
  setattr: (o: PyValue, k: string, v: PyValue): PyValue => (setAttr(o, k, v), null),
  is: (a: PyValue, b: PyValue) => a === b,
};

/** def rec(*args, **kwargs): return (args, kwargs) */
export const rec = new PyBuiltinFunction('rec', (args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const kw = new PyDict();
  kwnames?.forEach((k, i) => kw.set(k, args[args.length - nkw + i]!));
  return T(T(...args.slice(0, args.length - nkw)), kw);
});

function guestClass(name: string, methods: Record<string, (self: PyValue, args: PyValue[]) => PyValue>): PyType {
  const cls = newClass(name, [])!;
  cls.module = '__main__';
  for (const [k, f] of Object.entries(methods)) cls.dict.set(k, new PyMethodDescriptor(k, cls, (self, args) => f(self, args)));
  return cls;
}

const attrV = (o: PyValue): PyValue => (o as PyInstance).attrs!['v']!;

/** class V with __init__(v), __eq__ and __lt__ comparing .v (for total_ordering). */
export function classV(): PyType {
  const cls = guestClass('V', {
    __init__: (self, args) => ((self as PyInstance).attrs!['v'] = args[0]!, null),
    __eq__: (self, args) => compareOp(2, attrV(self), attrV(args[0]!)),
    __lt__: (self, args) => compareOp(0, attrV(self), attrV(args[0]!)),
  });
  cls.dict.set('__hash__', null);
  return cls;
}

/** class Floaty: __float__ returns 9.0. */
export const classFloaty = (): PyType => guestClass('Floaty', { __float__: () => F(9.0) });

/** class Floory: __floor__/__ceil__/__trunc__ return marker strings. */
export const classFloory = (): PyType => guestClass('Floory', {
  __floor__: () => 'floor!',
  __ceil__: () => 'ceil!',
  __trunc__: () => 'trunc!',
});

/** type('X', (), {}) */
export const emptyClass = (): PyType => guestClass('X', {});

