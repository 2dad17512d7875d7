// Methods and attributes of the core classes: object, type, NoneType, functions and methods,
// property/staticmethod/classmethod, super, modules, and the exception hierarchy
// (https://docs.python.org/3/reference/datamodel.html). Also class creation (__build_class__).

import { newException, raise, toGuestException, typeError, typeName } from '../exceptions.js';
import {
  NotImplemented, PyBaseException, PyBoundMethod, PyBuiltinFunction, PyCell, PyClassMethod, PyDict, PyFunction, PyGetSet,
  PyGenerator, PyInstance, PyMethodDescriptor, PyModule, PyProperty, PyStaticMethod, PySuper, newAttrDict, type AttrDict,
} from '../objects.js';
import {
  attrsOf, call, callMethodDescr, classChanged, genericSetAttr, getAttrOpt, identityHash, lookupType, repr, str,
  toArray, bindDescriptor, attributeError, hash, installSuperLookup, genericGetAttr,
} from '../protocols.js';
import { realm } from '../realm.js';
import type { CodeObject } from '../../bytecode/code-object.js';
import { PyType } from '../type-object.js';
import { E, T, isSubtype, newClass, typeOf } from '../types.js';
import { PyList, PyTuple, type PyValue } from '../values.js';
import { defGetter, defMethod, defMethods, defStatic } from './define.js';
import { defineTracebackObjects, setTraceback, tracebackOf } from './traceback-objects.js';

function hexId(v: PyValue): string {
  return `0x${(0x7f0000000000 + identityHash(v as object) * 16).toString(16)}`;
}

// ---------------------------------------------------------------------------------------
// object

function objectNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = args[0];
  if (!(cls instanceof PyType)) return typeError('object.__new__(X): X is not a type object');
  const excess = args.length > 1 || (kwnames !== null && kwnames.length > 0);
  if (excess && lookupType(cls, '__init__') === T.object.dict.get('__init__')) {
    typeError(`${cls.name}() takes no arguments`);
  }
  if (cls.base !== T.object) return typeError(`object.__new__(${cls.name}) is not safe, use ${cls.base?.name}.__new__()`);
  const instance = new PyInstance(cls);
  if (cls === T.object) instance.attrs = null; // object() instances have no __dict__
  return instance;
}

function defineObject(): void {
  defStatic(T.object, '__new__', objectNew);
  defMethods(T.object, {
    __init__(self, args, kwnames) {
      const excess = args.length > 0 || (kwnames !== null && kwnames.length > 0);
      if (excess && lookupType(typeOf(self), '__new__') === T.object.dict.get('__new__')) {
        typeError(`${typeName(self)}.__init__() takes exactly one argument (the instance to initialize)`);
      }
      if (excess && lookupType(typeOf(self), '__init__') !== T.object.dict.get('__init__')) {
        typeError('object.__init__() takes exactly one argument (the instance to initialize)');
      }
      return null;
    },
    __repr__(self) {
      const type = typeOf(self);
      const module = type.module === 'builtins' ? '' : `${type.module}.`;
      return `<${module}${type.qualname} object at ${hexId(self)}>`;
    },
    __str__(self) {
      return repr(self);
    },
    __eq__(self, args) {
      return self === args[0] ? true : NotImplemented;
    },
    __ne__(self, args) {
      const eqHook = lookupType(typeOf(self), '__eq__');
      if (eqHook === undefined || eqHook === T.object.dict.get('__eq__')) return self === args[0] ? false : NotImplemented;
      const r = call(bindDescriptor(eqHook, self, typeOf(self)), [args[0]!]);
      return r === NotImplemented ? r : !truthyBool(r);
    },
    __hash__(self) {
      return identityHash(self as object);
    },
    __format__(self, args) {
      if (args[0] !== '') typeError(`unsupported format string passed to ${typeName(self)}.__format__`);
      return str(self);
    },
    __setattr__(self, args) {
      genericSetAttr(self, args[0] as string, args[1]!);
      return null;
    },
    __delattr__(self, args) {
      const attrs = attrsOf(self);
      const name = args[0] as string;
      if (!attrs || attrs[name] === undefined) throw attributeError(self, name);
      delete attrs[name];
      return null;
    },
    __getattribute__(self, args) {
      if (typeof args[0] !== 'string') typeError(`attribute name must be string, not '${typeName(args[0] ?? null)}'`);
      const v = self instanceof PyType || self instanceof PyModule ? getAttrOpt(self, args[0]) : genericGetAttr(self, typeOf(self), args[0], false);
      if (v === undefined) throw attributeError(self, args[0]);
      return v;
    },
    __reduce_ex__() {
      return typeError('cannot pickle objects');
    },
    __dir__(self) {
      return new PyList(dirOf(self));
    },
  });
  for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) defMethod(T.object, name, () => NotImplemented);
  T.object.dict.set('__init_subclass__', new PyClassMethod(new PyBuiltinFunction('__init_subclass__', (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError(`${(args[0] as PyType).name}.__init_subclass__() takes no keyword arguments`);
    return null;
  })));
  defGetter(T.object, '__class__', (o) => typeOf(o), setClass);
  defGetter(T.object, '__dict__', (o) => attrsToDict(o), (o, v) => {
    if (!(v instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
    (o as unknown as { attrs: AttrDict }).attrs = dictBackedAttrs(v);
  });
  defGetter(T.object, '__doc__', () => null);
}

function truthyBool(v: PyValue): boolean {
  return v === true || (v !== false && v !== null && v !== 0);
}

/** The PyDict behind an instance switched to dict mode (see attrsToDict). */
const DICT_OF = Symbol('dict');

/**
 * obj.__dict__: the instance's namespace as a real dict, shared both ways. The first request
 * moves the attributes into a PyDict and replaces the fast attribute object with a Proxy over
 * it, so `vars(o)['x'] = 1` and `o.x` see each other. Instances nobody asks for their
 * __dict__ keep the fast representation.
 */
function attrsToDict(o: PyValue): PyDict {
  const attrs = attrsOf(o);
  if (attrs === undefined || attrs === null) throw attributeError(o, '__dict__');
  const existing = (attrs as unknown as { [DICT_OF]?: PyDict })[DICT_OF];
  if (existing !== undefined) return existing;
  const d = new PyDict();
  for (const key of Object.keys(attrs)) d.set(key, attrs[key]!);
  (o as unknown as { attrs: AttrDict }).attrs = dictBackedAttrs(d);
  return d;
}

function dictBackedAttrs(d: PyDict): AttrDict {
  const stringKeys = (): string[] => d.table.liveKeys().filter((k): k is string => typeof k === 'string');
  return new Proxy(Object.create(null) as AttrDict, {
    get: (_t, key) => (key === DICT_OF ? d : typeof key === 'string' ? d.table.get(key) : undefined),
    set: (_t, key, value: PyValue) => (typeof key === 'string' && (d.table.set(key, value), true)),
    deleteProperty: (_t, key) => (typeof key === 'string' && (d.table.delete(key), true)),
    has: (_t, key) => typeof key === 'string' && d.table.has(key),
    ownKeys: () => stringKeys(),
    getOwnPropertyDescriptor: (_t, key) =>
      typeof key === 'string' && d.table.has(key) ? { value: d.table.get(key), writable: true, enumerable: true, configurable: true } : undefined,
  });
}

export function dirOf(o: PyValue): string[] {
  const names = new Set<string>();
  const attrs = attrsOf(o);
  if (attrs) Object.keys(attrs).forEach((k) => names.add(k));
  const types = o instanceof PyType ? o.mro : typeOf(o).mro;
  for (const t of types) for (const k of t.dict.keys()) names.add(k);
  if (o instanceof PyModule) return [...o.dict.table.liveKeys()].map(String).sort();
  return [...names].sort();
}

// ---------------------------------------------------------------------------------------
// type

function defineType(): void {
  defStatic(T.type, '__new__', (args, kwnames) => {
    if (args.length === 2) return typeOf(args[1]!);
    if (args.length !== 4) typeError('type() takes 1 or 3 arguments');
    const [, name, bases, ns] = args as [PyValue, string, PyTuple, PyDict];
    return createClass(name, bases.items as PyType[], ns, null);
  });
  defMethods(T.type, {
    __init__() {
      return null;
    },
    __repr__(self) {
      const t = self as PyType;
      return t.module === 'builtins' ? `<class '${t.qualname}'>` : `<class '${t.module}.${t.qualname}'>`;
    },
    __call__(self, args, kwnames) {
      return call(self, args, kwnames);
    },
    mro(self) {
      return new PyList([...(self as PyType).mro]);
    },
    __subclasscheck__(self, args) {
      return args[0] instanceof PyType && isSubtype(args[0], self as PyType);
    },
    __instancecheck__(self, args) {
      return isSubtype(typeOf(args[0]!), self as PyType);
    },
  });
  defGetter(T.type, '__name__', (t) => (t as PyType).name, (t, v) => {
    (t as PyType).name = v as string;
  });
  defGetter(T.type, '__qualname__', (t) => (t as PyType).qualname, (t, v) => {
    (t as PyType).qualname = v as string;
  });
  defGetter(T.type, '__module__', (t) => (t as PyType).module, (t, v) => {
    (t as PyType).module = v as string;
  });
  defGetter(T.type, '__mro__', (t) => new PyTuple([...(t as PyType).mro]));
  defGetter(T.type, '__bases__', (t) => new PyTuple([...(t as PyType).bases]));
  defGetter(T.type, '__base__', (t) => (t as PyType).bases[0] ?? null);
  defGetter(T.type, '__dict__', (t) => {
    const d = new PyDict();
    for (const [k, v] of (t as PyType).dict) d.set(k, v);
    return d;
  });
  defGetter(T.type, '__doc__', (t) => (t as PyType).dict.get('__doc__') ?? null);
  defGetter(T.type, '__annotations__', typeAnnotations, (t, v) => {
    const cls = t as PyType;
    if (!cls.isHeapType) typeError(`cannot set '__annotations__' attribute of immutable type '${cls.name}'`);
    cls.dict.set('__annotations__', v);
    cls.version++;
    classChanged();
  });
}

/** C.__annotations__ (CPython's type_get_annotations): the class's own, created empty on first
 *  read, never a base class's; built-in types have none. */
function typeAnnotations(t: PyValue): PyValue {
  const cls = t as PyType;
  if (!cls.isHeapType) raise('AttributeError', `type object '${cls.name}' has no attribute '__annotations__'`);
  let annotations = cls.dict.get('__annotations__');
  if (annotations === undefined) {
    annotations = new PyDict();
    cls.dict.set('__annotations__', annotations);
    classChanged();
  }
  return annotations;
}

/** obj.__class__ = cls: instances of classes with the same layout (both with an instance
 *  dict, or the same __slots__) may change class. */
function setClass(obj: PyValue, cls: PyValue): void {
  if (!(cls instanceof PyType)) typeError(`__class__ must be set to a class, not '${typeName(cls)}' object`);
  const from = typeOf(obj);
  if (!(obj instanceof PyInstance) || !from.isHeapType || !cls.isHeapType) {
    typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  const sameSlots = (from.slots ?? []).join() === (cls.slots ?? []).join() && (from.slots === null) === (cls.slots === null);
  if (!sameSlots) typeError(`__class__ assignment: '${cls.name}' object layout differs from '${from.name}'`);
  obj.type = cls;
}

/** Builds a class object from a namespace (the second half of class creation). */
/** The keyword arguments of a class statement (`class A(B, tag=1)`), for __init_subclass__. */
export interface ClassKeywords {
  readonly values: PyValue[];
  readonly names: readonly string[];
}

export function createClass(name: string, bases: PyType[], ns: PyDict, classcell: PyCell | null, keywords?: ClassKeywords): PyType {
  for (const b of bases) {
    if (!(b instanceof PyType)) typeError('bases must be types');
    if (b === T.bool || b === T.NoneType || b === T.function || b === T.generator) {
      typeError(`type '${b.name}' is not an acceptable base type`);
    }
  }
  const cls = newClass(name, bases);
  if (cls === null) {
    return typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${bases.map((b) => b.name).join(', ')}`);
  }
  for (const pos of ns.table.positions()) {
    const key = ns.table.keys[pos];
    if (typeof key !== 'string') continue;
    const value = ns.table.values[pos]!;
    // property.__set_name__: the name its error messages use.
    if (value instanceof PyProperty && value.name === null) value.name = key;
    cls.dict.set(key, value);
  }
  const qualname = cls.dict.get('__qualname__');
  if (typeof qualname === 'string') cls.qualname = qualname;
  cls.dict.delete('__qualname__');
  cls.dict.delete('__classcell__');
  const module = cls.dict.get('__module__');
  if (typeof module === 'string') cls.module = module;
  wrapSpecialMethods(cls);
  installSlots(cls);
  if (classcell !== null) classcell.value = cls;
  classChanged();
  callSetNames(cls);
  const parent = cls.mro[1];
  if (parent) {
    // super(cls, cls).__init_subclass__(**keywords), as type_new does.
    const hook = lookupType(parent, '__init_subclass__');
    const values = keywords?.values ?? [];
    if (hook instanceof PyClassMethod) call(hook.func, [cls, ...values], keywords?.names ?? null);
  }
  return cls;
}

/** value.__set_name__(cls, name) for each attribute of the new class whose type defines it
 *  (https://docs.python.org/3/reference/datamodel.html#object.__set_name__); a failure comes
 *  out as CPython 3.11's RuntimeError caused by it. */
function callSetNames(cls: PyType): void {
  for (const [name, value] of [...cls.dict]) {
    if (!(value instanceof PyInstance)) continue;
    const hook = lookupType(value.type, '__set_name__');
    if (hook === undefined) continue;
    try {
      callMethodDescr(hook, value, [cls, name]);
    } catch (e) {
      const cause = toGuestException(e);
      const exc = newException(E['RuntimeError']!, `Error calling __set_name__ on '${value.type.name}' instance '${name}' in '${cls.name}'`);
      exc.cause = exc.context = cause;
      exc.suppressContext = true;
      throw exc;
    }
  }
}

/** __new__ is an implicit staticmethod, __init_subclass__ and __class_getitem__ classmethods. */
function wrapSpecialMethods(cls: PyType): void {
  const nw = cls.dict.get('__new__');
  if (nw instanceof PyFunction) cls.dict.set('__new__', new PyStaticMethod(nw));
  for (const name of ['__init_subclass__', '__class_getitem__']) {
    const f = cls.dict.get(name);
    if (f instanceof PyFunction) cls.dict.set(name, new PyClassMethod(f));
  }
  if (cls.dict.has('__eq__') && !cls.dict.has('__hash__')) cls.dict.set('__hash__', null);
}

/** __slots__: instances get no __dict__; each slot becomes a data descriptor. */
function installSlots(cls: PyType): void {
  const slots = cls.dict.get('__slots__');
  const inheritedSlots = cls.mro.slice(1).every((t) => t.slots !== null || t === T.object || !t.isHeapType);
  if (slots === undefined || !inheritedSlots) return;
  const names = typeof slots === 'string' ? [slots] : (toArray(slots) as string[]);
  cls.slots = names;
  for (const name of names) {
    const get = (obj: PyValue): PyValue => {
      const v = (obj as PyInstance).slotValues?.[name];
      if (v === undefined) throw attributeError(obj, name);
      return v;
    };
    const set = (obj: PyValue, v: PyValue): void => {
      const inst = obj as PyInstance;
      inst.slotValues ??= newAttrDict();
      inst.slotValues[name] = v;
    };
    const remove = (obj: PyValue): void => {
      const values = (obj as PyInstance).slotValues;
      if (values?.[name] === undefined) throw attributeError(obj, name);
      delete values[name];
    };
    cls.dict.set(name, new PyGetSet(name, get, set, remove, true));
  }
}

/** __build_class__(func, name, *bases, **kwds): runs the body, then creates the class. */
export function buildClass(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) {
    if (kwnames.includes('metaclass')) raise('TypeError', 'metaclass= is not supported by corevm');
  }
  const nkw = kwnames?.length ?? 0;
  const [body, name, ...bases] = args.slice(0, args.length - nkw);
  if (!(body instanceof PyFunction) || typeof name !== 'string') return typeError('__build_class__: func must be a function');
  const ns = new PyDict();
  const cell = realm.invoker.runBody(body.code, body.globals, ns, body.closure);
  const classcell = cell instanceof PyCell ? cell : null;
  return createClass(name, bases as PyType[], ns, classcell, { values: args.slice(args.length - nkw), names: kwnames ?? [] });
}

// ---------------------------------------------------------------------------------------
// functions, methods, descriptors

/** The read-only co_* attributes of code objects that programs inspect (f.__code__). */
function defineCodeAttributes(): void {
  const names = (list: readonly string[]): PyValue => new PyTuple([...list]);
  const fields: Record<string, (c: CodeObject) => PyValue> = {
    co_name: (c) => c.name, co_qualname: (c) => c.qualname, co_filename: (c) => c.filename,
    co_firstlineno: (c) => c.firstLineNo, co_argcount: (c) => c.argCount, co_posonlyargcount: (c) => c.posOnlyArgCount,
    co_kwonlyargcount: (c) => c.kwOnlyArgCount, co_nlocals: (c) => c.nlocals, co_flags: (c) => c.flags,
    co_varnames: (c) => names(c.varnames), co_cellvars: (c) => names(c.cellvars), co_freevars: (c) => names(c.freevars),
  };
  for (const [name, get] of Object.entries(fields)) defGetter(T.code, name, (c) => get(c as unknown as CodeObject));
}

function defineFunctions(): void {
  defMethod(T.function, '__repr__', (f) => `<function ${(f as PyFunction).qualname} at ${hexId(f)}>`);
  defMethod(T.function, '__get__', (f, args) => (args[0] === null ? f : new PyBoundMethod(f, args[0]!)));
  const fget = (get: (f: PyFunction) => PyValue, set?: (f: PyFunction, v: PyValue) => void): [(o: PyValue) => PyValue, ((o: PyValue, v: PyValue) => void) | undefined] =>
    [(o) => get(o as PyFunction), set ? (o, v) => set(o as PyFunction, v) : undefined];
  defGetter(T.function, '__name__', ...fget((f) => f.name, (f, v) => { f.name = v as string; }));
  defGetter(T.function, '__qualname__', ...fget((f) => f.qualname, (f, v) => { f.qualname = v as string; }));
  defGetter(T.function, '__module__', ...fget((f) => f.module, (f, v) => { f.module = v; }));
  defGetter(T.function, '__doc__', ...fget((f) => f.doc, (f, v) => { f.doc = v; }));
  defGetter(T.function, '__defaults__', ...fget((f) => (f.defaults ? new PyTuple(f.defaults) : null)));
  defGetter(T.function, '__kwdefaults__', ...fget((f) => f.kwdefaults));
  defGetter(T.function, '__annotations__', ...fget((f) => (f.annotations ??= new PyDict()), (f, v) => {
    if (!(v instanceof PyDict)) typeError('__annotations__ must be set to a dict object');
    f.annotations = v;
  }));
  defGetter(T.function, '__code__', ...fget((f) => f.code as unknown as PyValue));
  defGetter(T.function, '__globals__', ...fget((f) => f.globals));
  defGetter(T.function, '__closure__', ...fget((f) => (f.closure ? new PyTuple(f.closure) : null)));
  defGetter(T.function, '__dict__', (f) => attrsToDict(f), undefined);
  T.function.dict.set('__attrs_holder__', null);
  T.function.dict.delete('__attrs_holder__');
  defineCodeAttributes();

  defMethod(T.builtin_function_or_method, '__repr__', (f) => {
    const fn = f as PyBuiltinFunction;
    if (fn.self !== undefined) return `<built-in method ${fn.name} of ${typeName(fn.self)} object at ${hexId(fn.self)}>`;
    return `<built-in function ${fn.name}>`;
  });
  defGetter(T.builtin_function_or_method, '__name__', (f) => (f as PyBuiltinFunction).name);
  defGetter(T.builtin_function_or_method, '__qualname__', (f) => (f as PyBuiltinFunction).qualname);
  defMethod(T.method_descriptor, '__repr__', (d) => `<method '${(d as PyMethodDescriptor).name}' of '${(d as PyMethodDescriptor).owner.name}' objects>`);
  defGetter(T.method_descriptor, '__name__', (d) => (d as PyMethodDescriptor).name);

  defMethod(T.method, '__repr__', (m) => {
    const bm = m as PyBoundMethod;
    const name = bm.func instanceof PyFunction ? bm.func.qualname : String(getAttrOpt(bm.func, '__qualname__') ?? '?');
    return `<bound method ${name} of ${repr(bm.self)}>`;
  });
  defGetter(T.method, '__self__', (m) => (m as PyBoundMethod).self);
  defGetter(T.method, '__func__', (m) => (m as PyBoundMethod).func);
  defGetter(T.method, '__name__', (m) => getAttrOpt((m as PyBoundMethod).func, '__name__') ?? null);
  defGetter(T.method, '__qualname__', (m) => getAttrOpt((m as PyBoundMethod).func, '__qualname__') ?? null);
  defGetter(T.method, '__doc__', (m) => getAttrOpt((m as PyBoundMethod).func, '__doc__') ?? null);
  defMethod(T.method, '__eq__', (m, args) => {
    const o = args[0];
    return o instanceof PyBoundMethod && o.func === (m as PyBoundMethod).func && o.self === (m as PyBoundMethod).self;
  });
  // method_hash: the identity of __self__ and the hash of __func__, so that equal bound methods
  // (the same function bound to the same object) hash alike.
  defMethod(T.method, '__hash__', (m) => {
    const { self, func } = m as PyBoundMethod;
    return (self !== null && typeof self === 'object' ? identityHash(self) : hash(self)) ^ hash(func);
  });

  defStatic(T.staticmethod, '__new__', (args) => new PyStaticMethod(args[1] ?? null));
  defStatic(T.classmethod, '__new__', (args) => new PyClassMethod(args[1] ?? null));
  defGetter(T.staticmethod, '__func__', (s) => (s as PyStaticMethod).func);
  defGetter(T.classmethod, '__func__', (s) => (s as PyClassMethod).func);
  defMethod(T.staticmethod, '__get__', (s) => (s as PyStaticMethod).func);
  defMethod(T.classmethod, '__get__', (s, args) => new PyBoundMethod((s as PyClassMethod).func, args[1] ?? typeOf(args[0]!)));
  defineProperty();
}

function defineProperty(): void {
  defStatic(T.property, '__new__', (args, kwnames) => {
    const nkw = kwnames?.length ?? 0;
    const pos = args.slice(1, args.length - nkw);
    const named = new Map<string, PyValue>();
    kwnames?.forEach((k, i) => named.set(k, args[args.length - nkw + i]!));
    const p = new PyProperty(pos[0] ?? named.get('fget') ?? null, pos[1] ?? named.get('fset') ?? null, pos[2] ?? named.get('fdel') ?? null);
    p.doc = pos[3] ?? named.get('doc') ?? (p.fget !== null ? (getAttrOpt(p.fget, '__doc__') ?? null) : null);
    return p;
  });
  const withPart = (p: PyProperty, part: 'fget' | 'fset' | 'fdel', f: PyValue): PyProperty => {
    const copy = new PyProperty(p.fget, p.fset, p.fdel);
    copy[part] = f;
    copy.doc = p.doc;
    return copy;
  };
  defMethods(T.property, {
    getter: (p, args) => withPart(p as PyProperty, 'fget', args[0]!),
    setter: (p, args) => withPart(p as PyProperty, 'fset', args[0]!),
    deleter: (p, args) => withPart(p as PyProperty, 'fdel', args[0]!),
    __get__(p, args) {
      const prop = p as PyProperty;
      if (args[0] === null) return p;
      if (prop.fget === null) raise('AttributeError', 'unreadable attribute');
      return call(prop.fget, [args[0]!]);
    },
    __set__(p, args) {
      const prop = p as PyProperty;
      if (prop.fset === null) raise('AttributeError', "can't set attribute");
      call(prop.fset, [args[0]!, args[1]!]);
      return null;
    },
  });
  defGetter(T.property, 'fget', (p) => (p as PyProperty).fget);
  defGetter(T.property, 'fset', (p) => (p as PyProperty).fset);
  defGetter(T.property, 'fdel', (p) => (p as PyProperty).fdel);
  defGetter(T.property, '__doc__', (p) => (p as PyProperty).doc);
}

// ---------------------------------------------------------------------------------------
// super

function defineSuper(): void {
  defStatic(T.super, '__new__', (args) => {
    if (args.length !== 3) raise('RuntimeError', 'super(): no arguments');
    const [, thisType, obj] = args as [PyValue, PyValue, PyValue];
    if (!(thisType instanceof PyType)) return typeError(`super() argument 1 must be a type, not ${typeName(thisType)}`);
    const objType = obj instanceof PyType && isSubtype(obj, thisType) ? obj : typeOf(obj);
    if (!isSubtype(objType, thisType)) typeError('super(type, obj): obj must be an instance or subtype of type');
    return new PySuper(thisType, obj, objType);
  });
  defMethod(T.super, '__init__', () => null);
  defMethod(T.super, '__repr__', (s) => `<super: <class '${(s as PySuper).thisType.name}'>, <${typeName((s as PySuper).obj)} object>>`);
}

/** Attribute lookup through super(): the MRO of the object's class after thisType. */
export function superGetAttr(s: PySuper, name: string): PyValue | undefined {
  const mro = s.objType.mro;
  const start = mro.indexOf(s.thisType) + 1;
  for (let i = start; i < mro.length; i++) {
    const v = mro[i]!.dict.get(name);
    if (v === undefined) continue;
    if (v instanceof PyProperty) return v.fget === null ? null : call(v.fget, [s.obj]);
    if (s.obj instanceof PyType && s.obj === s.objType) {
      if (v instanceof PyClassMethod) return new PyBoundMethod(v.func, s.obj);
      if (v instanceof PyStaticMethod) return v.func;
      return v;
    }
    return bindDescriptor(v, s.obj, s.objType);
  }
  if (name === '__class__') return T.super;
  return undefined;
}

// ---------------------------------------------------------------------------------------
// None, modules, generators' names

function defineMisc(): void {
  defMethod(T.NoneType, '__repr__', () => 'None');
  defMethod(T.NoneType, '__bool__', () => false);
  defMethod(T.NoneType, '__hash__', () => 0xfca86);
  defMethod(T.ellipsis, '__repr__', () => 'Ellipsis');
  defMethod(T.NotImplementedType, '__repr__', () => 'NotImplemented');
  defMethod(T.module, '__repr__', (m) => {
    const mod = m as PyModule;
    const file = mod.dict.getStr('__file__');
    return typeof file === 'string' ? `<module '${mod.name}' from '${file}'>` : `<module '${mod.name}' (built-in)>`;
  });
  defGetter(T.module, '__dict__', (m) => (m as PyModule).dict);
  defMethod(T.cell, '__repr__', (c) => `<cell at ${hexId(c)}>`);
  defMethod(T.code, '__repr__', (c) => `<code object ${(c as unknown as { name: string }).name} at ${hexId(c)}>`);
  defGetter(T.generator, '__name__', (g) => (g as PyGenerator).name);
  defGetter(T.generator, '__qualname__', (g) => (g as PyGenerator).qualname);
}

// ---------------------------------------------------------------------------------------
// exceptions

function exceptionStr(e: PyBaseException): string {
  const items = e.args.items;
  if (items.length === 0) return '';
  if (items.length === 1) return str(items[0]!);
  return repr(e.args);
}

function defineExceptions(): void {
  const base = T.BaseException;
  defStatic(base, '__new__', (args) => {
    let cls = args[0] as PyType;
    if (cls === E['OSError'] && args.length >= 3 && typeof args[1] === 'number') cls = E[ERRNO_CLASSES[args[1]] ?? 'OSError']!;
    const exc = new PyBaseException(cls, args.slice(1));
    if (cls.isHeapType) exc.attrs = newAttrDict();
    return exc;
  });
  defMethods(base, {
    __init__(self, args) {
      (self as PyBaseException).args = new PyTuple(args.slice());
      return null;
    },
    __str__: (self) => exceptionStr(self as PyBaseException),
    __repr__(self) {
      const e = self as PyBaseException;
      const items = e.args.items;
      const inner = items.length === 1 ? repr(items[0]!) : items.length === 0 ? '' : repr(e.args).slice(1, -1).replace(/,$/, '');
      return `${e.type.name}(${inner})`;
    },
    with_traceback(self, args) {
      setTraceback(self as PyBaseException, args[0] ?? null);
      return self;
    },
    add_note(self, args) {
      const e = self as PyBaseException;
      e.attrs ??= newAttrDict();
      const notes = (e.attrs['__notes__'] as PyList | undefined) ?? new PyList([]);
      notes.items.push(args[0]!);
      e.attrs['__notes__'] = notes;
      return null;
    },
  });
  const exc = (o: PyValue): PyBaseException => o as PyBaseException;
  defGetter(base, 'args', (o) => exc(o).args, (o, v) => {
    exc(o).args = new PyTuple(toArray(v));
  });
  defGetter(base, '__cause__', (o) => exc(o).cause, (o, v) => {
    exc(o).cause = v as PyBaseException | null;
    exc(o).suppressContext = true;
  });
  defGetter(base, '__context__', (o) => exc(o).context, (o, v) => {
    exc(o).context = v as PyBaseException | null;
  });
  defGetter(base, '__suppress_context__', (o) => exc(o).suppressContext, (o, v) => {
    exc(o).suppressContext = v === true;
  });
  defGetter(base, '__traceback__', (o) => tracebackOf(exc(o)), (o, v) => setTraceback(exc(o), v));
  defineTracebackObjects();
  defGetter(base, '__dict__', (o) => attrsToDict(o));
  defineExceptionDetails();
}

/** Per-class details: KeyError's str, StopIteration.value, SystemExit.code, OSError fields. */
/** OSError(errno, ...) creates the subclass for that errno (PEP 3151). */
const ERRNO_CLASSES: Record<number, string> = {
  1: 'PermissionError', 2: 'FileNotFoundError', 3: 'ProcessLookupError', 4: 'InterruptedError', 10: 'ChildProcessError',
  11: 'BlockingIOError', 13: 'PermissionError', 17: 'FileExistsError', 20: 'NotADirectoryError', 21: 'IsADirectoryError',
  32: 'BrokenPipeError', 103: 'ConnectionAbortedError', 104: 'ConnectionResetError', 110: 'TimeoutError', 111: 'ConnectionRefusedError',
};

/** OSError(errno, strerror[, filename]): args keep only (errno, strerror); filename is separate. */
function oserrorInit(self: PyValue, args: PyValue[]): PyValue {
  const e = self as PyBaseException;
  e.attrs ??= newAttrDict();
  if (args.length >= 2 && args.length <= 5) {
    e.args = new PyTuple(args.slice(0, 2));
    e.attrs['errno'] = args[0]!;
    e.attrs['strerror'] = args[1]!;
    e.attrs['filename'] = args[2] ?? null;
  } else {
    e.args = new PyTuple(args.slice());
  }
  return null;
}

function defineExceptionDetails(): void {
  const first = (o: PyValue): PyValue => (o as PyBaseException).args.items[0] ?? null;
  defMethod(E['KeyError']!, '__str__', (self) => {
    const items = (self as PyBaseException).args.items;
    return items.length === 1 ? repr(items[0]!) : exceptionStr(self as PyBaseException);
  });
  defGetter(E['StopIteration']!, 'value', first);
  defGetter(E['SystemExit']!, 'code', (o) => {
    const items = (o as PyBaseException).args.items;
    return items.length === 0 ? null : items.length === 1 ? items[0]! : (o as PyBaseException).args;
  });
  const oserror = E['OSError']!;
  const field = (name: string) => (o: PyValue): PyValue => (o as PyBaseException).attrs?.[name] ?? null;
  const setField = (name: string) => (o: PyValue, v: PyValue): void => {
    const e = o as PyBaseException;
    e.attrs ??= newAttrDict();
    e.attrs[name] = v;
  };
  defMethod(oserror, '__init__', oserrorInit);
  for (const name of ['errno', 'strerror', 'filename']) defGetter(oserror, name, field(name), setField(name));
  defMethod(oserror, '__str__', (self) => {
    const e = self as PyBaseException;
    const filename = e.attrs?.['filename'] ?? null;
    if (e.args.items.length === 2 && filename !== null) return `[Errno ${str(e.args.items[0]!)}] ${str(e.args.items[1]!)}: ${repr(filename)}`;
    if (e.args.items.length === 2) return `[Errno ${str(e.args.items[0]!)}] ${str(e.args.items[1]!)}`;
    return exceptionStr(e);
  });
  defMethod(E['ImportError']!, '__init__', (self, args, kwnames) => {
    const e = self as PyBaseException;
    const nkw = kwnames?.length ?? 0;
    e.args = new PyTuple(args.slice(0, args.length - nkw));
    e.attrs ??= newAttrDict();
    kwnames?.forEach((key, i) => {
      if (key !== 'name' && key !== 'path') typeError(`'${key}' is an invalid keyword argument for ImportError()`);
      e.attrs![key] = args[args.length - nkw + i]!;
    });
    return null;
  });
  defGetter(E['ImportError']!, 'name', (o) => ((o as PyBaseException).attrs?.['name'] ?? null));
  defGetter(E['ImportError']!, 'path', (o) => ((o as PyBaseException).attrs?.['path'] ?? null));
  defGetter(E['ImportError']!, 'msg', first);
  defGetter(E['NameError']!, 'name', (o) => ((o as PyBaseException).attrs?.['name'] ?? null));
  defGetter(E['AttributeError']!, 'name', (o) => ((o as PyBaseException).attrs?.['name'] ?? null));
}

let defined = false;
/** Installs the core classes' methods (idempotent; the classes are shared by all VMs). */
export function defineCoreTypes(): void {
  if (defined) return;
  defined = true;
  defineObject();
  defineType();
  defineFunctions();
  defineSuper();
  defineMisc();
  defineExceptions();
  installSuperLookup(superGetAttr);
}
