// The functools module (https://docs.python.org/3.11/library/functools.html): reduce,
// partial (a class with .func/.args/.keywords and CPython's flattening of nested partials),
// lru_cache/cache (lru-cache.ts), update_wrapper/wraps, cmp_to_key and total_ordering.
// Messages and reprs follow Modules/_functoolsmodule.c and Lib/functools.py (3.11).

import { raise, toGuestException, typeError } from '../exceptions.js';
import {
  NotImplemented, PyBuiltinFunction, PyDict, PyFunction, PyMethodDescriptor, PyModule, newAttrDict, type AttrDict,
} from '../objects.js';
import { compareOp } from '../operators.js';
import {
  attrsOf, call, callMethod, callMethodDescr, getAttr, getAttrOpt, getIter, iterNext, lookupType, reprGuarded,
  setAttr, truthy,
} from '../protocols.js';
import { PyType } from '../type-object.js';
import { E, T, isSubtype, typeOf } from '../types.js';
import { PyObject, PyTuple, type PyValue } from '../values.js';
import { arity, bindNative, defGetter, defMethods, defStatic } from '../builtins/define.js';
import { defineLruTypes, lruCacheFunction } from './lru-cache.js';
import { argAt, argListRepr, bindPython, defFunctions, isCallable, nativeClass, splitArgs, type Kw } from './module-util.js';

const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__annotations__', '__doc__'];
const WRAPPER_UPDATES = ['__dict__'];

// --- reduce

function reduce(args: PyValue[], kwnames: Kw): PyValue {
  arity('reduce', args, kwnames, 2, 3);
  let it: PyValue;
  try {
    it = getIter(args[1]!);
  } catch (e) {
    if (isSubtype(toGuestException(e).type, E['TypeError']!)) typeError('reduce() arg 2 must support iteration');
    throw e;
  }
  let acc = args.length === 3 ? args[2] : iterNext(it);
  if (acc === undefined) typeError('reduce() of empty iterable with no initial value');
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) acc = call(args[0]!, [acc, v]);
  return acc;
}

// --- partial

export class PyPartial extends PyObject {
  attrs: AttrDict = newAttrDict();
  constructor(type: PyType, readonly func: PyValue, readonly args: PyValue[], readonly keywords: PyDict) {
    super();
    this.type = type;
  }
}

function partialNew(args: PyValue[], kwnames: Kw): PyValue {
  const cls = args[0] as PyType;
  const { pos, kw } = splitArgs(args.slice(1), kwnames);
  if (pos.length === 0) typeError(`type '${cls.name}' takes at least one argument`);
  let func: PyValue = pos[0]!;
  if (!isCallable(func)) typeError('the first argument must be callable');
  let pargs = pos.slice(1);
  const keywords = new PyDict();
  if (func instanceof PyPartial && Object.keys(func.attrs).length === 0) {
    pargs = [...func.args, ...pargs];
    for (const pos2 of func.keywords.table.positions()) keywords.set(func.keywords.table.keys[pos2] as PyValue, func.keywords.table.values[pos2]!);
    func = func.func;
  }
  for (const [k, v] of kw) keywords.set(k, v);
  return new PyPartial(cls, func, pargs, keywords);
}

function partialCall(self: PyValue, args: PyValue[], kwnames: Kw): PyValue {
  const p = self as PyPartial;
  const { pos, kw } = splitArgs(args, kwnames);
  const merged = new Map<string, PyValue>();
  for (const i of p.keywords.table.positions()) merged.set(p.keywords.table.keys[i] as string, p.keywords.table.values[i]!);
  for (const [k, v] of kw) merged.set(k, v);
  const names = [...merged.keys()];
  return call(p.func, [...p.args, ...pos, ...merged.values()], names.length > 0 ? names : null);
}

function partialRepr(cls: PyType, self: PyValue): string {
  const p = self as PyPartial;
  const name = typeOf(self) === cls ? 'functools.partial' : typeOf(self).name;
  return reprGuarded(self, '...', () => {
    const kw = new Map<string, PyValue>();
    for (const i of p.keywords.table.positions()) kw.set(p.keywords.table.keys[i] as string, p.keywords.table.values[i]!);
    return `${name}(${argListRepr([p.func, ...p.args], kw)})`;
  });
}

function definePartial(): PyType {
  const cls = nativeClass('partial', 'functools');
  defStatic(cls, '__new__', partialNew);
  defMethods(cls, { __call__: partialCall, __repr__: (self) => partialRepr(cls, self) });
  defGetter(cls, 'func', (o) => (o as PyPartial).func);
  defGetter(cls, 'args', (o) => new PyTuple((o as PyPartial).args.slice()));
  defGetter(cls, 'keywords', (o) => (o as PyPartial).keywords);
  defGetter(cls, '__doc__', (o) => (o as PyPartial).attrs['__doc__'] ?? null, (o, v) => {
    (o as PyPartial).attrs['__doc__'] = v;
  });
  return cls;
}

// --- update_wrapper, wraps

/** Gives a function an attribute dict so attributes can be set on it. */
function ensureAttrs(obj: PyValue): void {
  if (obj instanceof PyFunction && obj.attrs === null) obj.attrs = newAttrDict();
}

function updateWrapper(args: PyValue[], kwnames: Kw): PyValue {
  const { pos, kw } = splitArgs(args, kwnames);
  const wrapper = argAt(pos, 0, kw, 'wrapper');
  const wrapped = argAt(pos, 1, kw, 'wrapped');
  if (wrapper === undefined) typeError("update_wrapper() missing 2 required positional arguments: 'wrapper' and 'wrapped'");
  if (wrapped === undefined) typeError("update_wrapper() missing 1 required positional argument: 'wrapped'");
  const assigned = argAt(pos, 2, kw, 'assigned');
  const updated = argAt(pos, 3, kw, 'updated');
  ensureAttrs(wrapper);
  for (const attr of assigned === undefined ? WRAPPER_ASSIGNMENTS : toStrings(assigned)) {
    const value = getAttrOpt(wrapped, attr);
    if (value !== undefined) setAttr(wrapper, attr, value);
  }
  for (const attr of updated === undefined ? WRAPPER_UPDATES : toStrings(updated)) {
    if (attr === '__dict__') {
      const source = attrsOf(wrapped);
      for (const key of Object.keys(source ?? {})) setAttr(wrapper, key, source![key]!);
    } else {
      callMethod(getAttr(wrapper, attr), 'update', [getAttrOpt(wrapped, attr) ?? new PyDict()]);
    }
  }
  setAttr(wrapper, '__wrapped__', wrapped);
  return wrapper;
}

function toStrings(v: PyValue): string[] {
  const out: string[] = [];
  const it = getIter(v);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(String(x));
  return out;
}

/** wraps(wrapped, ...) = partial(update_wrapper, wrapped=wrapped, assigned=..., updated=...). */
function wrapsFunction(partialCls: PyType, updateWrapperFn: PyValue) {
  return (args: PyValue[], kwnames: Kw): PyValue => {
    const { pos, kw } = splitArgs(args, kwnames);
    const keywords = new PyDict();
    const wrapped = argAt(pos, 0, kw, 'wrapped');
    if (wrapped === undefined) typeError("wraps() missing 1 required positional argument: 'wrapped'");
    keywords.set('wrapped', wrapped);
    keywords.set('assigned', argAt(pos, 1, kw, 'assigned') ?? new PyTuple(WRAPPER_ASSIGNMENTS));
    keywords.set('updated', argAt(pos, 2, kw, 'updated') ?? new PyTuple(WRAPPER_UPDATES));
    return new PyPartial(partialCls, updateWrapperFn, [], keywords);
  };
}

// --- cmp_to_key

class PyKeyWrapper extends PyObject {
  constructor(type: PyType, readonly cmp: PyValue, readonly obj: PyValue | undefined) {
    super();
    this.type = type;
  }
}

function defineKeyWrapper(): PyType {
  const cls = nativeClass('KeyWrapper', 'functools');
  cls.dict.set('__hash__', null);
  defMethods(cls, {
    __call__(self, args, kwnames) {
      const [obj] = bindNative('K', args, kwnames, ['obj'], 1);
      return new PyKeyWrapper(cls, (self as PyKeyWrapper).cmp, obj!);
    },
  });
  ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
    defMethods(cls, {
      [name]: (self: PyValue, args: PyValue[]) => {
        const a = self as PyKeyWrapper;
        const b = args[0]!;
        if (!(b instanceof PyKeyWrapper) || typeOf(b) !== typeOf(a)) typeError('other argument must be K instance');
        const r = call(a.cmp, [a.obj ?? null, b.obj ?? null]);
        return compareOp(op, r, 0);
      },
    });
  });
  defGetter(cls, 'obj', (o) => {
    const v = (o as PyKeyWrapper).obj;
    if (v === undefined) raise('AttributeError', 'obj');
    return v;
  });
  return cls;
}

// --- total_ordering

type Derive = 'notAndNe' | 'orEq' | 'not' | 'notOrEq' | 'andNe';
const CONVERT: Record<string, Array<[string, Derive]>> = {
  __lt__: [['__gt__', 'notAndNe'], ['__le__', 'orEq'], ['__ge__', 'not']],
  __le__: [['__ge__', 'notOrEq'], ['__lt__', 'andNe'], ['__gt__', 'not']],
  __gt__: [['__lt__', 'notAndNe'], ['__ge__', 'orEq'], ['__le__', 'not']],
  __ge__: [['__le__', 'notOrEq'], ['__gt__', 'andNe'], ['__lt__', 'not']],
};
const EQ = 2;
const NE = 3;

/** The derived comparison of Lib/functools.py (e.g. _gt_from_lt). */
function derived(root: string, how: Derive): (self: PyValue, args: PyValue[]) => PyValue {
  return (self, args) => {
    const other = args[0]!;
    const r = callMethodDescr(lookupType(typeOf(self), root)!, self, [other]);
    if (r === NotImplemented) return r;
    switch (how) {
      case 'notAndNe': return truthy(r) ? false : compareOp(NE, self, other);
      case 'orEq': return truthy(r) ? r : compareOp(EQ, self, other);
      case 'not': return !truthy(r);
      case 'notOrEq': return !truthy(r) ? true : compareOp(EQ, self, other);
      case 'andNe': return !truthy(r) ? r : compareOp(NE, self, other);
    }
  };
}

function totalOrdering(args: PyValue[], kwnames: Kw): PyValue {
  const [cls] = bindPython('total_ordering', args, kwnames, ['cls'], 1, [], 0) as [PyValue];
  if (!(cls instanceof PyType)) return typeError('total_ordering() argument must be a class');
  const roots = Object.keys(CONVERT).filter((op) => lookupType(cls, op) !== T.object.dict.get(op));
  if (roots.length === 0) raise('ValueError', 'must define at least one ordering operation: < > <= >=');
  const root = roots.reduce((a, b) => (a > b ? a : b));
  for (const [name, how] of CONVERT[root]!) {
    if (!roots.includes(name)) setAttr(cls, name, new PyMethodDescriptor(name, cls, derived(root, how)));
  }
  return cls;
}

export function create(): PyModule {
  const module = new PyModule('functools');
  const partial = definePartial();
  const keyWrapper = defineKeyWrapper();
  const lru = defineLruTypes();
  module.dict.set('partial', partial);
  module.dict.set('KeyWrapper', keyWrapper);
  module.dict.set('_lru_cache_wrapper', lru.wrapper);
  module.dict.set('WRAPPER_ASSIGNMENTS', new PyTuple(WRAPPER_ASSIGNMENTS));
  module.dict.set('WRAPPER_UPDATES', new PyTuple(WRAPPER_UPDATES));
  const updateWrapperFn = new PyBuiltinFunction('update_wrapper', updateWrapper);
  const wrap = (wrapper: PyValue, wrapped: PyValue): PyValue => updateWrapper([wrapper, wrapped], null);
  const lruCache = lruCacheFunction(lru, wrap);
  defFunctions(module, {
    reduce,
    total_ordering: totalOrdering,
    cmp_to_key(args, kwnames) {
      const [mycmp] = bindNative('cmp_to_key', args, kwnames, ['mycmp'], 1);
      return new PyKeyWrapper(keyWrapper, mycmp!, undefined);
    },
    lru_cache: lruCache,
    cache(args, kwnames) {
      const [userFunction] = bindPython('cache', args, kwnames, ['user_function'], 1, [], 0);
      return call(lruCache([null], null), [userFunction!]);
    },
    wraps: wrapsFunction(partial, updateWrapperFn),
  });
  module.dict.set('update_wrapper', updateWrapperFn);
  return module;
}
