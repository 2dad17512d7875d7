// The object protocols of the Python data model (https://docs.python.org/3/reference/datamodel.html):
// attribute lookup with descriptors, calling, repr/str, hashing and equality, truthiness,
// iteration, and the container protocols. Both tiers call these; fast paths for the built-in
// representations come first, then the generic dunder dispatch through the class's MRO.

import { newException, raise, toGuestException, typeError, typeName } from './exceptions.js';
import { floatKey, installKeyProtocol } from './hash-table.js';
import {
  NotImplemented, PyBaseException, PyBoundMethod, PyBuiltinFunction, PyClassMethod, PyDict, PyDictView,
  PyFrozenSet, PyFunction, PyGenerator, PyGetSet, PyInstance, PyMethodDescriptor, PyModule, PyListIterator, PyNativeIterator,
  PyProperty, PyRange, PySet, PyStaticMethod, PySuper, newAttrDict, type AttrDict,
} from './objects.js';
import { realm } from './realm.js';
import { PyType } from './type-object.js';
import { E, IterTypes, T, isSubtype, typeOf } from './types.js';
import { PyBytes, PyFloat, PyList, PyObject, PyTuple, normInt, type PyValue } from './values.js';
import { floatRepr } from './float-format.js';
import { intText } from './int-text.js';
import { hasSurrogates } from './builtins/text.js';
import { arrayIterator, listIterator, nativeIterator, rangeIterator, stringIterator, tableIterator } from './iterators.js';

// ---------------------------------------------------------------------------------------
// Class attribute lookup

/** super() attribute lookup, installed by builtins/core-types.ts (it needs call()). */
let superHook: (s: PySuper, name: string) => PyValue | undefined = () => undefined;
export function installSuperLookup(hook: typeof superHook): void {
  superHook = hook;
}

/** Bumped whenever any class namespace changes; every lookup cache (per class, and the
 *  interpreter's inline caches) is valid only for the epoch it was filled in. */
export let classEpoch = 0;
/** The same epoch in an object, for generated code (which cannot see a module binding). */
export const classEpochCell = { value: 0 };
export function classChanged(): void {
  classEpoch++;
  classEpochCell.value = classEpoch;
}

/** Finds `name` in the class's MRO namespaces (no binding), or undefined. */
export function lookupType(type: PyType, name: string): PyValue | undefined {
  let cache = type.lookupCache;
  if (cache === null || type.lookupEpoch !== classEpoch) {
    cache = new Map();
    type.lookupCache = cache;
    type.lookupEpoch = classEpoch;
  }
  const hit = cache.get(name);
  if (hit !== undefined || cache.has(name)) return hit;
  let found: PyValue | undefined;
  for (const t of type.mro) {
    found = t.dict.get(name);
    if (found !== undefined) break;
  }
  cache.set(name, found);
  return found;
}

/** True when obj.name reads the instance dict directly: no data descriptor on the class
 *  (and no __getattribute__ override). The interpreter caches this per site. */
export function isPlainInstanceRead(type: PyType, name: string): boolean {
  const descr = lookupType(type, name);
  return !(descr !== undefined && isDataDescriptor(descr)) && !(type.isHeapType && lookupType(type, '__getattribute__') !== T.object.dict.get('__getattribute__'));
}

/** True when obj.name is a __slots__ entry read or written directly in slotValues (the class
 *  has no __getattribute__ or __setattr__ override). */
export function isPlainSlotAccess(type: PyType, name: string): boolean {
  const descr = lookupType(type, name);
  const getattribute = lookupType(type, '__getattribute__');
  const setattr = lookupType(type, '__setattr__');
  return descr instanceof PyGetSet && descr.isSlot && descr.name === name && getattribute instanceof PyMethodDescriptor
    && (setattr === undefined || setattr instanceof PyMethodDescriptor);
}

/** True when obj.name = v writes the instance dict directly (no __setattr__ override, no
 *  data descriptor, no __slots__). */
export function isPlainInstanceWrite(type: PyType, name: string): boolean {
  const descr = lookupType(type, name);
  const hook = lookupType(type, '__setattr__');
  return type.slots === null && !(descr !== undefined && isDataDescriptor(descr)) && (hook === undefined || hook instanceof PyMethodDescriptor);
}

/** How an attribute site reaches `name` on instances of `type` (both tiers cache this per
 *  site and class epoch): in the instance dict, in the __slots__ values, or generically. */
export const enum AttrAccess { Generic = 0, Dict = 1, Slot = 2 }

export function attrAccess(type: PyType, name: string, write: boolean): AttrAccess {
  if (type.slots !== null) return isPlainSlotAccess(type, name) ? AttrAccess.Slot : AttrAccess.Generic;
  return (write ? isPlainInstanceWrite(type, name) : isPlainInstanceRead(type, name)) ? AttrAccess.Dict : AttrAccess.Generic;
}

/** A name whose instance attribute is never read or written through the class-wide layout
 *  (attrLayout): dunders, which `object` and the runtime treat specially (__class__, __dict__). */
export function isDunder(name: string): boolean {
  return name.length > 4 && name.startsWith('__') && name.endsWith('__');
}

/** Fills type.layoutEpoch, plainRead and plainWrite for the current class epoch (see
 *  PyType). Reads are plain when the class has no __getattribute__ override and the only
 *  data descriptors in its MRO below object are its own __slots__ members, so an attribute
 *  present in the instance's dict or slot values is the answer. Writes are plain for dict
 *  instances of such a class with no data descriptor at all and no __setattr__ override. */
export function attrLayout(type: PyType): void {
  type.layoutEpoch = classEpoch;
  type.plainRead = -1;
  type.plainWrite = -1;
  if (type.isHeapType && lookupType(type, '__getattribute__') !== T.object.dict.get('__getattribute__')) return;
  for (const t of type.mro) {
    if (t === T.object) continue;
    for (const [name, value] of t.dict) {
      if (!isDataDescriptor(value)) continue;
      const slotMember = type.slots !== null && value instanceof PyGetSet && value.isSlot && value.name === name && lookupType(type, name) === value;
      if (!slotMember) return;
    }
  }
  type.plainRead = classEpoch;
  const setattr = lookupType(type, '__setattr__');
  if (type.slots === null && (setattr === undefined || setattr instanceof PyMethodDescriptor)) type.plainWrite = classEpoch;
}

/** Records LOAD_METHOD's answer for instances of `type` (methodOfType's) in type.methods. */
export function rememberMethod(type: PyType, name: string, method: PyValue): void {
  if (type.methodsEpoch !== classEpoch) {
    type.methods = newAttrDict();
    type.methodsEpoch = classEpoch;
  }
  type.methods![name] = method;
}

/** Where an access of that kind finds obj's attributes, or null for the generic path. */
export function instanceStore(obj: PyInstance, access: AttrAccess): AttrDict | null {
  return access === AttrAccess.Dict ? obj.attrs : access === AttrAccess.Slot ? obj.slotValues : null;
}

/** Instance attribute storage of obj, if it has one. */
export function attrsOf(obj: PyValue): AttrDict | null | undefined {
  return obj !== null && typeof obj === 'object' ? (obj as { attrs?: AttrDict | null }).attrs : undefined;
}

/** Binds a class attribute found for an instance access (functions become methods). */
export function bindDescriptor(descr: PyValue, obj: PyValue, type: PyType): PyValue {
  if (descr instanceof PyFunction) return new PyBoundMethod(descr, obj);
  if (descr instanceof PyMethodDescriptor) return bindNative(descr, obj);
  if (descr instanceof PyClassMethod) return new PyBoundMethod(descr.func, type);
  if (descr instanceof PyStaticMethod) return descr.func;
  return descr instanceof PyObject ? getThroughDunder(descr, obj, type) : descr;
}

/** Any other descriptor whose class defines __get__ (a guest descriptor class, functools'
 *  _lru_cache_wrapper): descr.__get__(obj, type). Objects without __get__ are returned as is. */
function getThroughDunder(descr: PyObject, obj: PyValue, type: PyType): PyValue {
  const get = lookupType(descr.type, '__get__');
  return get === undefined ? descr : callMethodDescr(get, descr, [obj, type]);
}

/** A native method bound to `self` (the receiver's class must derive from the method's owner,
 *  as in CPython's method_get); the bound function keeps the method's fixed entries. */
export function bindNative(descr: PyMethodDescriptor, self: PyValue): PyBuiltinFunction {
  if (!isSubtype(typeOf(self), descr.owner)) {
    typeError(`descriptor '${descr.name}' for '${descr.owner.name}' objects doesn't apply to a '${typeName(self)}' object`);
  }
  const bound = new PyBuiltinFunction(descr.name, (args, kw) => descr.fn(self, args, kw), self, `${descr.owner.name}.${descr.name}`);
  if (descr.fixedArities !== 0) {
    bound.fixedArities = descr.fixedArities;
    bound.fixed = (a, b) => descr.fixed(self, a, b);
  }
  return bound;
}

/** A data descriptor (https://docs.python.org/3/howto/descriptor.html#descriptor-protocol):
 *  property, a slot or getset of a built-in type, or an object whose class defines __set__
 *  or __delete__. It wins over the instance dict on reads and handles writes and deletes. */
function isDataDescriptor(descr: PyValue): boolean {
  return descr instanceof PyProperty || descr instanceof PyGetSet || (descr instanceof PyInstance && isGuestDataDescriptor(descr.type));
}

function isGuestDataDescriptor(type: PyType): boolean {
  return lookupType(type, '__set__') !== undefined || lookupType(type, '__delete__') !== undefined;
}

/** The dunder `name` (__set__ or __delete__) of a guest data descriptor, or undefined when
 *  descr is none; a data descriptor lacking it raises AttributeError(name) as in CPython. */
function guestDescriptorHook(descr: PyValue | undefined, name: string): PyValue | undefined {
  if (!(descr instanceof PyInstance) || !isGuestDataDescriptor(descr.type)) return undefined;
  return lookupType(descr.type, name) ?? raise('AttributeError', name);
}

/** getattr(obj, name) without raising: undefined when missing. */
export function getAttrOpt(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyType) return typeGetAttr(obj, name);
  if (obj instanceof PySuper) return superHook(obj, name);
  if (obj instanceof PyModule) {
    const v = obj.dict.getStr(name);
    if (v !== undefined) return v;
  }
  const type = typeOf(obj);
  if (type.isHeapType) {
    const custom = lookupType(type, '__getattribute__');
    if (custom !== undefined && !(custom instanceof PyMethodDescriptor)) return customGetAttribute(custom, obj, type, name);
  }
  // method_getattro: what the method type lacks comes from the function (m.__annotations__,
  // attributes a decorator set on it).
  if (obj instanceof PyBoundMethod) return genericGetAttr(obj, type, name) ?? getAttrOpt(obj.func, name);
  return genericGetAttr(obj, type, name);
}

/** A class's own __getattribute__, then __getattr__ when it raises AttributeError. */
function customGetAttribute(custom: PyValue, obj: PyValue, type: PyType, name: string): PyValue | undefined {
  try {
    return callMethodDescr(custom, obj, [name]);
  } catch (e) {
    const exc = toGuestException(e);
    const hook = lookupType(type, '__getattr__');
    if (hook === undefined || !isSubtype(exc.type, E['AttributeError']!)) throw exc;
    return callMethodDescr(hook, obj, [name]);
  }
}

/** object.__getattribute__ (PyObject_GenericGetAttr), plus the class's __getattr__ fallback
 *  unless `withHook` is false (an explicit object.__getattribute__ call). */
export function genericGetAttr(obj: PyValue, type: PyType, name: string, withHook = true): PyValue | undefined {
  const descr = lookupType(type, name);
  if (descr !== undefined && isDataDescriptor(descr)) {
    const v = getDataDescriptor(descr, obj, type, name);
    if (v !== undefined) return v;
  }
  const attrs = attrsOf(obj);
  if (attrs) {
    const v = attrs[name];
    if (v !== undefined) return v;
  }
  if (descr !== undefined) return bindDescriptor(descr, obj, type);
  const hook = withHook ? lookupType(type, '__getattr__') : undefined;
  if (hook !== undefined) return callMethodDescr(hook, obj, [name]);
  return undefined;
}

/** A data descriptor's value for obj; undefined for a guest one without __get__, which then
 *  lets the instance dict answer (as PyObject_GenericGetAttr does). */
function getDataDescriptor(descr: PyValue, obj: PyValue, type: PyType, name: string): PyValue | undefined {
  if (descr instanceof PyGetSet) return descr.get(obj);
  if (!(descr instanceof PyProperty)) {
    const get = lookupType(typeOf(descr), '__get__');
    return get === undefined ? undefined : callMethodDescr(get, descr, [obj, type]);
  }
  if (descr.fget === null) raise('AttributeError', `${propertyName(descr)}of '${type.name}' object has no getter`);
  return call(descr.fget, [obj]);
}

export function getAttr(obj: PyValue, name: string): PyValue {
  const v = getAttrOpt(obj, name);
  // A bound method's failed read is the failure of its function's getattr (method_getattro).
  if (v === undefined) throw attributeError(obj instanceof PyBoundMethod ? obj.func : obj, name);
  return v;
}

export function attributeError(obj: PyValue, name: string): PyBaseException {
  let message: string;
  if (obj instanceof PyModule) message = `module '${obj.name}' has no attribute '${name}'`;
  else if (obj instanceof PyType) message = `type object '${obj.name}' has no attribute '${name}'`;
  else message = `'${typeName(obj)}' object has no attribute '${name}'`;
  const exc = newException(E['AttributeError']!, message);
  exc.attrs = newAttrDict();
  exc.attrs['name'] = name;
  exc.attrs['obj'] = obj;
  return exc;
}

/** Attribute access on a class object: C.x. */
function typeGetAttr(cls: PyType, name: string): PyValue | undefined {
  // Data descriptors of the metaclass (__dict__, __name__, __mro__, ...) win, as in type_getattro.
  const meta = lookupType(T.type, name);
  if (meta instanceof PyGetSet) return meta.get(cls);
  const descr = lookupType(cls, name);
  if (descr !== undefined) {
    if (descr instanceof PyClassMethod) return new PyBoundMethod(descr.func, cls);
    if (descr instanceof PyStaticMethod) return descr.func;
    return descr instanceof PyInstance ? getThroughDunder(descr, null, cls) : descr;
  }
  if (meta !== undefined) return bindDescriptor(meta, cls, T.type);
  return undefined;
}

/** setattr(obj, name, value). */
export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  if (obj instanceof PyType) return setTypeAttr(obj, name, value);
  if (obj instanceof PyModule) {
    obj.dict.set(name, value);
    return;
  }
  const type = typeOf(obj);
  if (type.isHeapType) {
    const hook = lookupType(type, '__setattr__');
    if (hook !== undefined && !(hook instanceof PyMethodDescriptor)) {
      callMethodDescr(hook, obj, [name, value]);
      return;
    }
  }
  genericSetAttr(obj, name, value);
}

/** "property 'x' " as CPython names a property in its errors ("property " when unnamed). */
function propertyName(p: PyProperty): string {
  return p.name === null ? 'property ' : `property '${p.name}' `;
}

/** object.__setattr__: descriptors first, then the instance dict. */
export function genericSetAttr(obj: PyValue, name: string, value: PyValue): void {
  const type = typeOf(obj);
  const descr = lookupType(type, name);
  if (descr instanceof PyProperty) {
    if (descr.fset === null) raise('AttributeError', `${propertyName(descr)}of '${type.name}' object has no setter`);
    call(descr.fset, [obj, value]);
    return;
  }
  if (descr instanceof PyGetSet && descr.set !== null) {
    descr.set(obj, value);
    return;
  }
  const setHook = guestDescriptorHook(descr, '__set__');
  if (setHook !== undefined) {
    callMethodDescr(setHook, descr!, [obj, value]);
    return;
  }
  const attrs = attrsOf(obj);
  if (attrs) {
    attrs[name] = value;
    return;
  }
  const mayGrowDict = obj instanceof PyFunction || obj instanceof PyBaseException || (type.isHeapType && type.slots === null && !(obj instanceof PyInstance));
  if (attrs === null && mayGrowDict) {
    // Functions, exceptions and subclasses of built-ins get their attribute dict on first use.
    const fresh = newAttrDict();
    fresh[name] = value;
    (obj as unknown as { attrs: AttrDict }).attrs = fresh;
    return;
  }
  if (descr instanceof PyGetSet) raise('AttributeError', `attribute '${name}' of '${type.name}' objects is not writable`);
  if (descr === undefined) throw attributeError(obj, name);
  raise('AttributeError', `'${type.name}' object attribute '${name}' is read-only`);
}

function setTypeAttr(cls: PyType, name: string, value: PyValue): void {
  if (!cls.isHeapType) typeError(`cannot set '${name}' attribute of immutable type '${cls.name}'`);
  const meta = lookupType(T.type, name);
  if (meta instanceof PyGetSet && meta.set !== null) {
    meta.set(cls, value);
    return;
  }
  cls.dict.set(name, value);
  cls.version++;
  classChanged();
}

export function delAttr(obj: PyValue, name: string): void {
  if (obj instanceof PyType) {
    if (!obj.isHeapType) typeError(`cannot delete '${name}' attribute of immutable type '${obj.name}'`);
    if (!obj.dict.delete(name)) throw attributeError(obj, name);
    classChanged();
    return;
  }
  if (obj instanceof PyModule) {
    if (obj.dict.table.delete(name) === undefined) throw attributeError(obj, name);
    return;
  }
  const type = typeOf(obj);
  const hook = type.isHeapType ? lookupType(type, '__delattr__') : undefined;
  if (hook !== undefined && !(hook instanceof PyMethodDescriptor)) {
    callMethodDescr(hook, obj, [name]);
    return;
  }
  const descr = lookupType(type, name);
  if (descr instanceof PyProperty) {
    if (descr.fdel === null) raise('AttributeError', `${propertyName(descr)}of '${type.name}' object has no deleter`);
    call(descr.fdel, [obj]);
    return;
  }
  if (descr instanceof PyGetSet && descr.remove !== null) {
    descr.remove(obj);
    return;
  }
  const deleteHook = guestDescriptorHook(descr, '__delete__');
  if (deleteHook !== undefined) {
    callMethodDescr(deleteHook, descr!, [obj]);
    return;
  }
  const attrs = attrsOf(obj);
  if (attrs && attrs[name] !== undefined) {
    delete attrs[name];
    return;
  }
  throw attributeError(obj, name);
}

// ---------------------------------------------------------------------------------------
// Calling

/** callable(*args) with keyword values last, named by kwnames. */
export function call(f: PyValue, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  if (f instanceof PyFunction) return realm.invoker.callFunction(f, args, kwnames);
  if (f instanceof PyBuiltinFunction) return f.fn(args, kwnames);
  if (f instanceof PyBoundMethod) return call(f.func, [f.self, ...args], kwnames);
  if (f instanceof PyType) return callType(f, args, kwnames);
  if (f instanceof PyMethodDescriptor) {
    if (args.length === 0) typeError(`unbound method ${f.owner.qualname}.${f.name}() needs an argument`);
    if (!isSubtype(typeOf(args[0]!), f.owner)) {
      typeError(`descriptor '${f.name}' for '${f.owner.tpName}' objects doesn't apply to a '${typeName(args[0]!)}' object`);
    }
    return f.fn(args[0]!, args.slice(1), kwnames);
  }
  if (f instanceof PyStaticMethod || f instanceof PyClassMethod) {
    if (f instanceof PyStaticMethod) return call(f.func, args, kwnames);
  }
  const hook = lookupType(typeOf(f), '__call__');
  if (hook !== undefined) return callMethodDescr(hook, f, args, kwnames);
  return typeError(`'${typeName(f)}' object is not callable`);
}

/** Calls a descriptor found on a class with `self` as receiver (dunder dispatch). */
export function callMethodDescr(descr: PyValue, self: PyValue, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  if (descr instanceof PyFunction) return realm.invoker.callFunction(descr, [self, ...args], kwnames);
  if (descr instanceof PyMethodDescriptor) return descr.fn(self, args, kwnames);
  return call(bindDescriptor(descr, self, typeOf(self)), args, kwnames);
}

/** Calls obj.name(*args), looking the method up on the class (dunder style) or the instance. */
export function callMethod(obj: PyValue, name: string, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  return call(getAttr(obj, name), args, kwnames);
}

/** Calls a special method if the class defines it; undefined otherwise. */
export function callSpecial(obj: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const descr = lookupType(typeOf(obj), name);
  return descr === undefined ? undefined : callMethodDescr(descr, obj, args);
}

/** Instantiation: cls(*args) runs __new__ then __init__. */
export function callType(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (cls === T.type && args.length === 1 && kwnames === null) return typeOf(args[0]!);
  const newDescr = lookupType(cls, '__new__')!;
  const obj = newDescr instanceof PyStaticMethod || newDescr instanceof PyFunction
    ? call(newDescr instanceof PyStaticMethod ? newDescr.func : newDescr, [cls, ...args], kwnames)
    : call(newDescr, [cls, ...args], kwnames);
  const type = typeOf(obj);
  if (!isSubtype(type, cls)) return obj;
  const init = lookupType(type, '__init__');
  // object.__init__ accepts any arguments for a built-in class with its own __new__ (int(x)).
  if (init !== undefined && !(init === T.object.dict.get('__init__') && !type.isHeapType)) {
    const result = callMethodDescr(init, obj, args, kwnames);
    if (result !== null) typeError(`__init__() should return None, not '${typeName(result)}'`);
  }
  return obj;
}

// ---------------------------------------------------------------------------------------
// repr, str

export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'string':
      return strRepr(v);
    case 'number':
      return String(v);
    case 'bigint':
      return intText(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if (v instanceof PyFloat && v.type === T.float) return floatRepr(v.value);
  const result = callCounted(v, '__repr__', ' while getting the repr of an object');
  if (typeof result !== 'string') typeError(`__repr__ returned non-string (type ${typeName(result ?? null)})`);
  return result;
}

/** Counts one level of a host operation that may recurse through guest objects against the
 *  recursion limit (CPython's Py_EnterRecursiveCall); the caller decrements realm.depth when
 *  done. Deeply nested containers then raise RecursionError with CPython's wording. */
function enterRecursive(where: string): void {
  if (++realm.depth > realm.recursionLimit) {
    realm.depth--;
    raise('RecursionError', `maximum recursion depth exceeded${where}`);
  }
}

/** v.__repr__() or v.__str__(), counted as PyObject_Repr and PyObject_Str do. */
function callCounted(v: PyValue, method: string, where: string): PyValue | undefined {
  enterRecursive(where);
  try {
    return callSpecial(v, method, []);
  } finally {
    realm.depth--;
  }
}



export function str(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v === null || typeof v !== 'object') return repr(v);
  if (v instanceof PyFloat && v.type === T.float) return floatRepr(v.value);
  const result = callCounted(v, '__str__', ' while getting the str of an object');
  if (typeof result !== 'string') typeError(`__str__ returned non-string (type ${typeName(result ?? null)})`);
  return result;
}

/** Runs a container repr with cycle protection ('[...]'). */
export function reprGuarded(obj: PyValue, cycle: string, body: () => string): string {
  if (realm.reprActive.has(obj)) return cycle;
  realm.reprActive.add(obj);
  try {
    return body();
  } finally {
    realm.reprActive.delete(obj);
  }
}

/** Characters str.isprintable() rejects (and repr escapes): Unicode's Other and Separator
 *  categories, except the ASCII space. */
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hexEscape(cp: number): string {
  if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

/** repr of a str: https://docs.python.org/3/library/functions.html#repr (unicode_repr). */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x5c && s[i] !== quote) continue;
    let escape: string;
    if (c >= 0x7f) {
      const cp = s.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      if (c >= 0xa0 && !NOT_PRINTABLE.test(s.slice(i, i + width))) {
        i += width - 1;
        continue;
      }
      escape = hexEscape(cp);
      out += s.slice(start, i) + escape;
      i += width - 1;
      start = i + 1;
      continue;
    }
    if (c === 0x5c) escape = '\\\\';
    else if (s[i] === quote) escape = `\\${quote}`;
    else if (c === 10) escape = '\\n';
    else if (c === 13) escape = '\\r';
    else if (c === 9) escape = '\\t';
    else escape = hexEscape(c);
    out += s.slice(start, i) + escape;
    start = i + 1;
  }
  return out + s.slice(start) + quote;
}

// ---------------------------------------------------------------------------------------
// Truth, equality, hashing

export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
    case 'bigint':
      return v !== 0n;
  }
  if (v === null) return false;
  if (v instanceof PyFloat && v.type === T.float) return v.value !== 0;
  if (isPlainSequence(v)) return v.items.length > 0;
  if ((v instanceof PyDict || v instanceof PySet || v instanceof PyFrozenSet) && !v.type.isHeapType) return v.table.size > 0;
  const type = typeOf(v);
  const boolHook = lookupType(type, '__bool__');
  if (boolHook !== undefined) {
    const r = callMethodDescr(boolHook, v, []);
    if (typeof r !== 'boolean') typeError(`__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  const lenHook = lookupType(type, '__len__');
  if (lenHook !== undefined) return toIndex(callMethodDescr(lenHook, v, [])) !== 0;
  return true;
}

/** Equality as containers use it: identity first, then ==. */
export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta === typeof b && (ta === 'string' || ta === 'number')) return false;
  if (a instanceof PyTuple && b instanceof PyTuple && a.type === T.tuple && b.type === T.tuple) return tuplesEqual(a.items, b.items, 0);
  return truthy(richCompare(a, b, '__eq__', '__eq__', () => false));
}

/** == of two exact tuples (dict and set keys), item by item as tuple's __eq__ compares them;
 *  nested exact tuples are compared here too, up to a depth past which the guarded generic
 *  comparison takes over (it raises RecursionError where CPython would). */
function tuplesEqual(x: readonly PyValue[], y: readonly PyValue[], depth: number): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    const tp = typeof p;
    if (tp === typeof q && (tp === 'string' || tp === 'number')) return false;
    if (depth < 16 && p instanceof PyTuple && q instanceof PyTuple && p.type === T.tuple && q.type === T.tuple) {
      if (!tuplesEqual(p.items, q.items, depth + 1)) return false;
    } else if (!truthy(richCompare(p, q, '__eq__', '__eq__', () => false))) return false;
  }
  return true;
}

/** The generic rich comparison with reflection; `fallback` when both sides decline. */
export function richCompare(a: PyValue, b: PyValue, op: string, reflected: string, fallback: () => PyValue): PyValue {
  enterRecursive(' in comparison');
  try {
    return richCompareCounted(a, b, op, reflected, fallback);
  } finally {
    realm.depth--;
  }
}

function richCompareCounted(a: PyValue, b: PyValue, op: string, reflected: string, fallback: () => PyValue): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const reflectFirst = ta !== tb && isSubtype(tb, ta) && lookupType(tb, reflected) !== lookupType(ta, reflected);
  if (reflectFirst) {
    const r = callSpecial(b, reflected, [a]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const r1 = callSpecial(a, op, [b]);
  if (r1 !== undefined && r1 !== NotImplemented) return r1;
  if (!reflectFirst) {
    const r2 = callSpecial(b, reflected, [a]);
    if (r2 !== undefined && r2 !== NotImplemented) return r2;
  }
  return fallback();
}

const HASH_MODULUS = (1n << 61n) - 1n;

/** hash() of an int, as CPython computes it (Objects/longobject.c long_hash). */
export function intHash(v: number | bigint): number {
  if (typeof v === 'number') {
    if (v >= -2305843009213693951 && v <= 2305843009213693951 && Number.isSafeInteger(v)) return v === -1 ? -2 : v;
    v = BigInt(v);
  }
  const negative = v < 0n;
  let h = (negative ? -v : v) % HASH_MODULUS;
  if (negative) h = -h;
  const n = Number(h);
  return n === -1 ? -2 : n;
}

/** hash() of a float: CPython's _Py_HashDouble, exact for integral and dyadic values. */
export function floatHash(x: number): number {
  const h = floatHashExact(x);
  return typeof h === 'bigint' ? Number(h) : h;
}

/** The exact hash of a float, as the builtin hash() returns it (may exceed 2**53). */
export function floatHashExact(x: number): number | bigint {
  if (Number.isInteger(x)) return intHashExact(BigInt(x));
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 0 : x > 0 ? 314159 : -314159;
  // x = m * 2**e with m odd: hash = m * 2**e mod (2**61 - 1), computed exactly with bigints.
  let e = 0;
  let m = Math.abs(x);
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  const inverse = modPow(2n, HASH_MODULUS - 1n - BigInt(e % 61), HASH_MODULUS);
  let h = (BigInt(m) % HASH_MODULUS) * inverse % HASH_MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return normInt(h);
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
}

/** A stable string hash (CPython's is randomized per process, so none can match it). */
export function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h === -1 ? -2 : h;
}

/** hash(v) as the builtin returns it: exact, so a big hash stays a bigint. */
export function hashValue(v: PyValue): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return intHashExact(v);
  if (v instanceof PyFloat && v.type === T.float) return floatHashExact(v.value);
  if (v !== null && typeof v === 'object') {
    const hook = lookupType(typeOf(v), '__hash__');
    if (hook === null || hook === undefined) typeError(`unhashable type: '${typeName(v)}'`);
    const h = callMethodDescr(hook, v, []);
    if (typeof h === 'number' || typeof h === 'bigint') return typeof h === 'bigint' ? intHashExact(h) : h;
    if (typeof h === 'boolean') return h ? 1 : 0;
    typeError('__hash__ method should return an integer');
  }
  return hash(v);
}

function intHashExact(v: number | bigint): number | bigint {
  const b = typeof v === 'bigint' ? v : BigInt(v);
  const negative = b < 0n;
  let h = (negative ? -b : b) % HASH_MODULUS;
  if (negative) h = -h;
  if (h === -1n) h = -2n;
  return normInt(h);
}

/** hash(v); TypeError for unhashable values. */
export function hash(v: PyValue): number {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intHash(v);
    case 'string':
      return stringHash(v);
    case 'boolean':
      return v ? 1 : 0;
  }
  if (v === null) return 0xfca86;
  if (v instanceof PyFloat && v.type === T.float) return floatHash(v.value);
  if (tupleHashHook !== null && v instanceof PyTuple && v.type === T.tuple) return tupleHashHook(v);
  const hook = lookupType(typeOf(v), '__hash__');
  if (hook === null || hook === undefined) typeError(`unhashable type: '${typeName(v)}'`);
  const h = callMethodDescr(hook, v, []);
  if (typeof h !== 'number' && typeof h !== 'bigint') typeError('__hash__ method should return an integer');
  return typeof h === 'bigint' ? intHash(h) : h;
}

/** hash() of an exact tuple as this function would compute it from tuple.__hash__, but without
 *  allocating BigInts (tuple keys are hot); installed by builtins/sequences.ts. */
let tupleHashHook: ((t: PyTuple) => number) | null = null;
export function installTupleHash(hook: (t: PyTuple) => number): void {
  tupleHashHook = hook;
}

const identityHashes = new WeakMap<object, number>();
let nextIdentity = 1;
/** Identity-based hash and id() for objects. */
export function identityHash(obj: object): number {
  let h = identityHashes.get(obj);
  if (h === undefined) {
    h = nextIdentity++;
    identityHashes.set(obj, h);
  }
  return h;
}

installKeyProtocol({
  identityKey(key: PyValue): unknown {
    if (key instanceof PyTuple || key instanceof PyFrozenSet) return undefined;
    const type = typeOf(key);
    if (!type.isHeapType && !(key instanceof PyInstance)) {
      if (key instanceof PyBytes) return undefined;
      const native = lookupType(type, '__hash__');
      if (native === null) typeError(`unhashable type: '${type.name}'`);
      // Built-in values hashed by value (ranges, bound methods, ...) need hash() and ==.
      return native === T.object.dict.get('__hash__') ? key : undefined;
    }
    const h = lookupType(type, '__hash__');
    if (h === null) typeError(`unhashable type: '${type.name}'`);
    if (h === T.object.dict.get('__hash__')) return key;
    // Instances of int, float and str subclasses that keep the base's __hash__ and __eq__
    // (boxes holding `value`, see builtins/numbers.ts and strings.ts) share slots with plain
    // values.
    if (key instanceof PyFloat) {
      return h === T.float.dict.get('__hash__') && lookupType(type, '__eq__') === T.float.dict.get('__eq__') ? floatKey(key) : undefined;
    }
    for (const base of [T.int, T.str]) {
      if (h === base.dict.get('__hash__') && lookupType(type, '__eq__') === base.dict.get('__eq__')) {
        return (key as unknown as { value: PyValue }).value;
      }
    }
    return undefined;
  },
  hash,
  equals: eq,
});

// ---------------------------------------------------------------------------------------
// Numbers as indices

/** Converts an int-like (int, bool, __index__) to a JS number; OverflowError if huge. */
export function toIndex(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') raise('IndexError', "cannot fit 'int' into an index-sized integer");
  const hook = v !== null ? lookupType(typeOf(v), '__index__') : undefined;
  if (hook !== undefined) return toIndex(callMethodDescr(hook, v, []));
  return typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

// ---------------------------------------------------------------------------------------
// Iteration

export { nativeIterator, tableIterator } from './iterators.js';

/** Iteration of sets in CPython's table order, installed by builtins/mappings.ts. */
let setIterHook: (s: PySet | PyFrozenSet) => PyValue = (s) => tableIterator(s.table, 'keys', IterTypes.set_iterator, 'Set');
export function installSetIterator(hook: typeof setIterHook): void {
  setIterHook = hook;
}

/** iter(v). */
export function getIter(v: PyValue): PyValue {
  if (v instanceof PyList && !v.type.isHeapType) return listIterator(v);
  if (typeof v === 'string') return stringIterator(v);
  if (v instanceof PyObject && !(v.type.isHeapType)) {
    if (v instanceof PyTuple) return new PyListIterator(v, IterTypes.tuple_iterator);
    if (v instanceof PyRange) return rangeIterator(v);
    if (v instanceof PyNativeIterator || v instanceof PyGenerator) return v;
    if (v instanceof PyDict) return tableIterator(v.table, 'keys', IterTypes.dict_keyiterator);
    if (v instanceof PySet || v instanceof PyFrozenSet) return setIterHook(v);
    if (v instanceof PyDictView) {
      const type = v.kind === 'keys' ? IterTypes.dict_keyiterator : v.kind === 'values' ? IterTypes.dict_valueiterator : IterTypes.dict_itemiterator;
      return tableIterator(v.dictObj.table, v.kind, type);
    }
    if (v instanceof PyBytes) return arrayIterator(Array.from(v.data), IterTypes.bytes_iterator);
  }
  const type = typeOf(v);
  const hook = lookupType(type, '__iter__');
  if (hook !== undefined && hook !== null) {
    const it = callMethodDescr(hook, v, []);
    if (lookupType(typeOf(it), '__next__') === undefined && !(it instanceof PyNativeIterator) && !(it instanceof PyGenerator)) {
      typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
    }
    return it;
  }
  if (lookupType(type, '__getitem__') !== undefined) return sequenceIterator(v);
  return typeError(`'${type.name}' object is not iterable`);
}

/** The old sequence protocol: v[0], v[1], ... until IndexError. */
function sequenceIterator(v: PyValue): PyNativeIterator {
  let i = 0;
  return nativeIterator(() => {
    try {
      return callSpecial(v, '__getitem__', [i++]);
    } catch (e) {
      const exc = toGuestException(e);
      if (isSubtype(exc.type, E['IndexError']!) || isSubtype(exc.type, E['StopIteration']!)) return undefined;
      throw exc;
    }
  });
}

/** next(it): the next value, or undefined when exhausted (StopIteration is absorbed). */
export function iterNext(it: PyValue): PyValue | undefined {
  if (it instanceof PyListIterator && it.index < it.list.items.length) return it.list.items[it.index++];
  if (it instanceof PyNativeIterator) return it.nextValue();
  if (it instanceof PyGenerator) return realm.invoker.nextFromGenerator(it);
  const hook = lookupType(typeOf(it), '__next__');
  if (hook === undefined) typeError(`'${typeName(it)}' object is not an iterator`);
  try {
    return callMethodDescr(hook, it, []);
  } catch (e) {
    const exc = toGuestException(e);
    if (isSubtype(exc.type, E['StopIteration']!)) return undefined;
    throw exc;
  }
}

/** Drains an iterable into a JS array (list(x), unpacking, join, ...). */
export function toArray(v: PyValue): PyValue[] {
  if (isPlainSequence(v)) return v.items.slice();
  const it = getIter(v);
  const out: PyValue[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(x);
  return out;
}

/** Like toArray but shares the array of a list or tuple (read-only use). */
export function asArray(v: PyValue): PyValue[] {
  if (isPlainSequence(v)) return v.items;
  return toArray(v);
}

/** An exact list or tuple, whose items are its iteration (a subclass may define __iter__,
 *  which CPython's fast paths also leave to the iteration protocol). */
export function isPlainSequence(v: PyValue): v is PyList | PyTuple {
  return (v instanceof PyList || v instanceof PyTuple) && !v.type.isHeapType;
}

// ---------------------------------------------------------------------------------------
// Length

export function len(v: PyValue): number {
  if (typeof v === 'string') return strLength(v);
  if (isPlainSequence(v)) return v.items.length;
  if ((v instanceof PyDict || v instanceof PySet || v instanceof PyFrozenSet) && !v.type.isHeapType) return v.table.size;
  const hook = lookupType(typeOf(v), '__len__');
  if (hook === undefined) typeError(`object of type '${typeName(v)}' has no len()`);
  const n = callMethodDescr(hook, v, []);
  if (typeof n !== 'number' && typeof n !== 'boolean' && typeof n !== 'bigint') typeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
  const length = toIndex(n);
  if (length < 0) raise('ValueError', '__len__() should return >= 0');
  return length;
}

/** Number of code points (Python's len of a str). */
export function strLength(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
