// Semantics of the less common instructions, as plain functions that both tiers call: name
// resolution errors, exception matching and raising, unpacking, f-string formatting, calls
// with *args/**kwargs, context managers, generator delegation, imports and tracebacks.
// The interpreter's loop keeps only the hot, tiny cases inline and calls these for the rest.

import { CodeObject, CodeObject as CodeObjectClass } from '../bytecode/code-object.js';
import { Op } from '../bytecode/opcodes.js';
import { newException, raise, toGuestException, typeError, typeName } from './exceptions.js';
import { formatValueWithSpec } from './format.js';
import { setUpdate } from './builtins/sets.js';
import { PyStrBox } from './builtins/strings.js';
import type { Frame } from './frame.js';
import {
  PyBaseException, PyBuiltinFunction, PyCell, PyCell as PyCellClass, PyDict, PyFunction, PyGenerator, PyMethodDescriptor, PyModule, PySet, PySuper,
  newAttrDict,
} from './objects.js';
import {
  asArray, attrsOf, call, callMethodDescr, classEpoch, getAttr, getAttrOpt, getIter, isPlainSequence, iterNext, lookupType, repr, str,
  toArray,
} from './protocols.js';
import type { Realm } from './realm.js';
import { PyType } from './type-object.js';
import { E, T, isSubtype, typeOf } from './types.js';
import { PyFloat, PyList, PyTuple, type PyValue } from './values.js';
import { realm as currentRealm } from './realm.js';
import { CalleeBit } from './tiers.js';

// --- values that only malformed bytecode gets wrong

/** Raises SystemError for a stack value of the wrong kind: the validator checks stack shapes,
 *  not value types, so hand-made bytecode can reach these; compiled Python never does. */
export function badStackValue(where: string, expected: string): never {
  throw newException(E['SystemError']!, `bad bytecode: ${where} expects ${expected}`);
}

export function expectInstance<T extends object>(v: PyValue, cls: abstract new (...args: never[]) => T, where: string): T {
  if (!(v instanceof cls)) badStackValue(where, `a ${cls.name.replace(/^Py/, '').toLowerCase()}`);
  return v as T;
}

export function expectException(v: PyValue, where: string): PyBaseException {
  if (!(v instanceof PyBaseException)) badStackValue(where, 'an exception');
  return v;
}

export function expectExceptionOrNone(v: PyValue, where: string): PyBaseException | null {
  if (v !== null && !(v instanceof PyBaseException)) badStackValue(where, 'an exception or None');
  return v;
}

export function expectString(v: PyValue, where: string): string {
  if (typeof v !== 'string') badStackValue(where, 'a str');
  return v;
}

export function expectCode(v: PyValue): CodeObject {
  if (!(v instanceof CodeObjectClass)) badStackValue('MAKE_FUNCTION', 'a code object');
  return v as unknown as CodeObject;
}

/** The closure tuple of MAKE_FUNCTION: exactly one cell per free variable of the code. */
export function expectClosure(v: PyValue, code: CodeObject): PyCell[] | null {
  if (v === null) {
    if (code.freevars.length > 0) badStackValue('MAKE_FUNCTION', `a closure for the free variables of ${code.qualname}`);
    return null;
  }
  const items = expectInstance(v, PyTuple, 'MAKE_FUNCTION closure').items;
  if (items.length !== code.freevars.length || !items.every((c) => c instanceof PyCellClass)) {
    badStackValue('MAKE_FUNCTION', `${code.freevars.length} cells for ${code.qualname}`);
  }
  return items as PyCell[];
}

/** MAKE_FUNCTION, both tiers: `items` are its stack operands in stack order, [defaults]
 *  [kwdefaults] [annotations] [closure] code, as the flag bits 1, 2, 4 and 8 say. */
export function makeFunction(globals: PyDict, flags: number, items: ArrayLike<PyValue>): PyFunction {
  let i = items.length;
  const fnCode = expectCode(items[--i]!);
  const closure = flags & 8 ? expectClosure(items[--i]!, fnCode) : expectClosure(null, fnCode);
  const annotations = flags & 4 ? expectInstance(items[--i]!, PyDict, 'MAKE_FUNCTION annotations') : null;
  const kwdefaults = flags & 2 ? expectInstance(items[--i]!, PyDict, 'MAKE_FUNCTION keyword defaults') : null;
  const defaults = flags & 1 ? expectInstance(items[--i]!, PyTuple, 'MAKE_FUNCTION defaults').items : null;
  const fn = new PyFunction(fnCode, globals, defaults, kwdefaults, closure);
  fn.annotations = annotations;
  return fn;
}

/** How many stack operands MAKE_FUNCTION with these flags takes (the code object included). */
export function makeFunctionOperands(flags: number): number {
  return 1 + (flags & 1) + ((flags >> 1) & 1) + ((flags >> 2) & 1) + ((flags >> 3) & 1);
}

// --- names

export function nameError(name: string, frame?: Frame): never {
  if (frame === undefined) return nameErrorIn(name, null);
  return nameErrorIn(name, { locals: frame.code.varnames, globals: frame.globals, builtins: frame.builtins });
}

/** NameError with the scope CPython searches for a "Did you mean" suggestion (both tiers). */
export function nameErrorIn(name: string, scope: { locals: string[]; globals: PyDict; builtins: PyDict } | null): never {
  const exc = newException(E['NameError']!, `name '${name}' is not defined`);
  exc.attrs = newAttrDict();
  exc.attrs['name'] = name;
  if (scope !== null) exc.nameScope = scope;
  throw exc;
}

export function unboundLocal(name: string): never {
  throw newException(E['UnboundLocalError']!, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function unboundCell(code: CodeObject, index: number): never {
  const name = index < code.cellvars.length ? code.cellvars[index]! : code.freevars[index - code.cellvars.length]!;
  if (index < code.cellvars.length) unboundLocal(name);
  throw newException(E['NameError']!, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

/** A frame's cells: cellvars (an argument that is also a cell starts with its value), then
 *  the closure's cells for freevars. */
export function makeCells(code: CodeObject, locals: ArrayLike<PyValue | undefined>, closure: PyCell[] | null): PyCell[] {
  const cells: PyCell[] = [];
  const argSlots = code.cellArgSlots;
  for (let i = 0; i < argSlots.length; i++) {
    const slot = argSlots[i]!;
    cells.push(new PyCellClass(slot >= 0 ? locals[slot] : undefined));
  }
  const nfree = code.freevars.length;
  if (nfree > 0) {
    if (closure === null || closure.length !== nfree) badStackValue('a closure', `${nfree} cells for ${code.qualname}`);
    for (let i = 0; i < nfree; i++) cells.push(closure[i]!);
  }
  return cells;
}

export function namespaceOf(frame: Frame): PyDict {
  return frame.namespace ?? frame.globals;
}

export function loadName(frame: Frame, name: string): PyValue {
  const v = namespaceOf(frame).table.get(name) ?? frame.globals.table.get(name) ?? frame.builtins.table.get(name);
  if (v === undefined) nameError(name, frame);
  return v;
}

export function loadClassDeref(frame: Frame, index: number): PyValue {
  const code = frame.code;
  const name = index < code.cellvars.length ? code.cellvars[index]! : code.freevars[index - code.cellvars.length]!;
  const v = frame.namespace?.table.get(name);
  if (v !== undefined) return v;
  const cell = frame.cells![index]!;
  if (cell.value === undefined) unboundCell(code, index);
  return cell.value!;
}

// --- small operators

export function compareNumbers(op: number, a: number, b: number): boolean {
  switch (op) {
    case 0: return a < b;
    case 1: return a <= b;
    case 2: return a === b;
    case 3: return a !== b;
    case 4: return a > b;
    default: return a >= b;
  }
}

/** The float fast path of BINARY_OP for + - * / (in-place too) when one side is a float and
 *  the other a float or a small int; undefined for anything else (the generic path decides,
 *  including division by zero). */
export function floatArith(op: number, a: PyValue, b: PyValue): PyFloat | undefined {
  const x = a instanceof PyFloat && a.type === T.float ? a.value : typeof a === 'number' ? a : undefined;
  const y = b instanceof PyFloat && b.type === T.float ? b.value : typeof b === 'number' ? b : undefined;
  if (x === undefined || y === undefined) return undefined;
  switch (op) {
    case 0: case 13: return new PyFloat(x + y);
    case 10: case 23: return new PyFloat(x - y);
    case 5: case 18: return new PyFloat(x * y);
    case 11: case 24: return y === 0 ? undefined : new PyFloat(x / y);
  }
  return undefined;
}

/** `is`: identity; small ints, bools, None and str compare by value (interned in CPython). */
export function isSame(a: PyValue, b: PyValue): boolean {
  return a === b;
}

/** The CalleeBit of a call site's callable: at CALL_METHOD (`method`), whether LOAD_METHOD
 *  pushed a receiver (`withSelf`) decides the call's shape. */
export function calleeBit(callable: PyValue, method: boolean, withSelf: boolean): number {
  if (method) {
    if (!withSelf) return CalleeBit.Other;
    return callable instanceof PyFunction ? CalleeBit.Function : callable instanceof PyMethodDescriptor ? CalleeBit.Descriptor : CalleeBit.Other;
  }
  return callable instanceof PyFunction ? CalleeBit.Function
    : callable instanceof PyBuiltinFunction || callable instanceof PyType ? CalleeBit.Native : CalleeBit.Other;
}

/** Records operand classes at a BINARY_OP site for the JIT. */
export function recordBinary(code: CodeObject, pc: number, a: PyValue, b: PyValue): void {
  const slots = code.feedbackSlots;
  const profile = code.runtime as { typeBits?: Int32Array } | null;
  if (slots === null || profile === null || profile.typeBits === undefined) return;
  const slot = slots[pc]!;
  if (slot >= 0) profile.typeBits[slot]! |= typeBits(a) | (typeBits(b) << 16);
}

/** Records the receiver's class at an attribute site (monomorphic, else 'megamorphic'). */
export function recordClass(code: CodeObject, pc: number, receiver: PyValue): void {
  const profile = code.runtime as { recordClass?: (slot: number, type: PyType) => void } | null;
  if (profile === null || profile.recordClass === undefined || code.feedbackSlots === null) return;
  const slot = code.feedbackSlots[pc]!;
  if (slot >= 0) profile.recordClass(slot, typeOf(receiver));
}

export function typeBits(v: PyValue): number {
  switch (typeof v) {
    case 'number': return 1;
    case 'bigint': return 2;
    case 'boolean': return 8;
    case 'string': return 16;
  }
  if (v === null) return 32;
  if (v instanceof PyFloat) return 4;
  if (v instanceof PyList) return 64;
  if (v instanceof PyTuple) return 128;
  if (v instanceof PyDict) return 256;
  return 512;
}

// --- calls

const kwnamesCache = new WeakMap<PyTuple, readonly string[]>();
export function kwnamesAt(code: CodeObject, index: number): readonly string[] {
  const tuple = code.consts[index] as PyTuple;
  let names = kwnamesCache.get(tuple);
  if (names === undefined) {
    names = tuple.items as string[];
    kwnamesCache.set(tuple, names);
  }
  return names;
}

export function callDescriptor(descr: PyMethodDescriptor, self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (!isSubtype(typeOf(self), descr.owner)) {
    typeError(`descriptor '${descr.name}' for '${descr.owner.name}' objects doesn't apply to a '${typeName(self)}' object`);
  }
  return descr.fn(self, args, kwnames);
}

/** The interpreter's CALL of anything but a Python function, with its `argc` arguments in
 *  stack[start...]: a native's fixed entry takes them as they are, else they are copied out. */
export function callAt(f: PyValue, stack: PyValue[], start: number, argc: number, kwnames: readonly string[] | null): PyValue {
  if ((f instanceof PyBuiltinFunction || f instanceof PyType) && kwnames === null && (f.fixedArities & (1 << argc)) !== 0) {
    return argc === 0 ? f.fixed() : argc === 1 ? f.fixed(stack[start]) : argc === 2 ? f.fixed(stack[start], stack[start + 1])
      : f.fixed(stack[start], stack[start + 1], stack[start + 2]);
  }
  return call(f, stack.slice(start, start + argc), kwnames);
}

/** The interpreter's CALL_METHOD of a native method LOAD_METHOD found on self's class (so its
 *  owner is a base of that class), the arguments in stack[start, start + argc). */
export function callDescriptorAt(descr: PyMethodDescriptor, self: PyValue, stack: PyValue[], start: number, argc: number, kwnames: readonly string[] | null): PyValue {
  if (kwnames === null && (descr.fixedArities & (1 << argc)) !== 0) {
    return argc === 0 ? descr.fixed(self) : argc === 1 ? descr.fixed(self, stack[start]) : descr.fixed(self, stack[start], stack[start + 1]);
  }
  return callDescriptor(descr, self, stack.slice(start, start + argc), kwnames);
}

/** LOAD_METHOD's fast path: the unbound method when obj.name is a plain method (both tiers);
 *  undefined when the attribute must be fetched with getattr. */
export function loadMethod(obj: PyValue, name: string): PyValue | undefined {
  if (obj === null || typeof obj !== 'object' || obj instanceof PyModule || obj instanceof PySuper || typeOf(obj) === T.type) {
    if (typeof obj === 'string' || typeof obj === 'number') {
      const descr = lookupType(typeOf(obj), name);
      return descr instanceof PyMethodDescriptor ? descr : undefined;
    }
    return undefined;
  }
  const descr = methodOfType(typeOf(obj), name);
  if (descr === undefined) return undefined;
  const attrs = attrsOf(obj);
  if (attrs && attrs[name] !== undefined) return undefined;
  return descr;
}

/** The class that decides loadMethod's answer for obj (up to an entry in obj's own dict), so
 *  a method cache may key on it; null when something else decides (ints, None, modules,
 *  classes, super objects). */
export function methodCacheClass(obj: PyValue): PyType | null {
  if (typeof obj === 'string') return T.str;
  if (obj === null || typeof obj !== 'object' || obj instanceof PyModule || obj instanceof PySuper || obj instanceof PyType) return null;
  return obj.type;
}

/** What a method cache keyed by `type` (methodCacheClass of obj) stores for obj.name. */
export function methodForCache(obj: PyValue, type: PyType, name: string): PyValue | undefined {
  return typeof obj === 'string' ? loadMethod(obj, name) : methodOfType(type, name);
}

/** loadMethod's answer for an instance of `type` whose own dict has no entry `name`. */
export function methodOfType(type: PyType, name: string): PyFunction | PyMethodDescriptor | undefined {
  const descr = lookupType(type, name);
  if (!(descr instanceof PyFunction) && !(descr instanceof PyMethodDescriptor)) return undefined;
  // A native method stored on an unrelated class (`f = list.append`) fails on binding.
  if (descr instanceof PyMethodDescriptor && !isSubtype(type, descr.owner)) return undefined;
  if (type.isHeapType && !(lookupType(type, '__getattribute__') instanceof PyMethodDescriptor)) return undefined;
  return descr;
}

/** The Python __init__ to run for `cls(...)` when instantiation needs nothing else. */
export function plainInit(cls: PyType): PyFunction | null {
  if (cls.initEpoch === classEpoch) return cls.plainInit as PyFunction | null;
  let init: PyValue | undefined = null;
  if (cls.base === T.object && lookupType(cls, '__new__') === T.object.dict.get('__new__')) init = lookupType(cls, '__init__');
  cls.plainInit = init instanceof PyFunction ? init : null;
  cls.initEpoch = classEpoch;
  return cls.plainInit as PyFunction | null;
}

export function initResult(self: PyValue, returned: PyValue): PyValue {
  if (returned !== null) typeError(`__init__() should return None, not '${typeName(returned)}'`);
  return self;
}

/** f(*args, **kwargs) */
export function callEx(callable: PyValue, args: PyValue, kwargs: PyValue): PyValue {
  if (!(args instanceof PyTuple) && !isIterable(args)) typeError(`${callableName(callable)} argument after * must be an iterable, not ${typeName(args)}`);
  const positional = toArray(args);
  if (kwargs === null) return call(callable, positional, null);
  const dict = kwargs as PyDict;
  const names: string[] = [];
  for (const pos of dict.table.positions()) {
    names.push(keywordName(dict.table.keys[pos] as PyValue));
    positional.push(dict.table.values[pos]!);
  }
  return call(callable, positional, names.length > 0 ? names : null);
}

/** A key of a **kwargs mapping as a keyword name: a str (or an instance of a str subclass). */
function keywordName(key: PyValue): string {
  if (typeof key === 'string') return key;
  if (key instanceof PyStrBox) return key.value;
  return typeError('keywords must be strings');
}

// --- containers

function isIterable(v: PyValue): boolean {
  const type = typeOf(v);
  return typeof v === 'string' || lookupType(type, '__iter__') !== undefined || lookupType(type, '__getitem__') !== undefined;
}

export function extendContainer(op: number, target: PyValue, source: PyValue, callable: PyValue | undefined): void {
  switch (op) {
    case Op.LIST_EXTEND:
      if (!isIterable(source)) typeError(`Value after * must be an iterable, not ${typeName(source)}`);
      expectInstance(target, PyList, 'LIST_EXTEND').items.push(...toArray(source));
      return;
    case Op.SET_UPDATE:
      setUpdate(expectInstance(target, PySet, 'SET_UPDATE'), source);
      return;
    case Op.DICT_UPDATE:
    case Op.DICT_MERGE:
      mergeMapping(expectInstance(target, PyDict, 'DICT_UPDATE'), source, op === Op.DICT_MERGE, callable);
  }
}

function mergeMapping(target: PyDict, source: PyValue, strict: boolean, callable: PyValue | undefined): void {
  if (source instanceof PyDict) {
    for (const pos of source.table.positions()) {
      const key = source.table.keys[pos] as PyValue;
      if (strict && target.table.has(key)) duplicateKeyword(callable, key);
      target.table.set(key, source.table.values[pos]!);
    }
    return;
  }
  const keysMethod = getAttrOpt(source, 'keys');
  if (keysMethod === undefined) {
    if (strict) typeError(`${callableName(callable)} argument after ** must be a mapping, not ${typeName(source)}`);
    typeError(`'${typeName(source)}' object is not a mapping`);
  }
  for (const key of toArray(call(keysMethod, []))) {
    if (strict && target.table.has(key)) duplicateKeyword(callable, key);
    target.table.set(key, callMethodDescr(lookupType(typeOf(source), '__getitem__')!, source, [key]));
  }
}

/** How CPython names a callable in call errors (_PyObject_FunctionStr): 'mod.f()' or 'print()'. */
export function callableName(callable: PyValue | undefined): string {
  if (callable === undefined) return 'function';
  const qualname = getAttrOpt(callable, '__qualname__');
  if (typeof qualname !== 'string') return `${typeName(callable)} object`;
  const module = getAttrOpt(callable, '__module__');
  return typeof module === 'string' && module !== 'builtins' ? `${module}.${qualname}()` : `${qualname}()`;
}

function duplicateKeyword(callable: PyValue | undefined, key: PyValue): never {
  return typeError(`${callableName(callable)} got multiple values for keyword argument '${str(key)}'`);
}

/** Unpacks `n` items (after < 0), or `n` + a list of the rest + `after` items (UNPACK_EX). */
export function unpack(seq: PyValue, n: number, after: number): PyValue[] {
  if (after < 0 && isPlainSequence(seq)) {
    const items = seq.items;
    if (items.length === n) return items;
    if (items.length < n) raise('ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`);
    raise('ValueError', `too many values to unpack (expected ${n})`);
  }
  if (typeof seq !== 'string' && lookupType(typeOf(seq), '__iter__') === undefined && lookupType(typeOf(seq), '__getitem__') === undefined) {
    typeError(`cannot unpack non-iterable ${typeName(seq)} object`);
  }
  if (after < 0) {
    const it = getIter(seq);
    const out: PyValue[] = [];
    for (let i = 0; i < n; i++) {
      const v = iterNext(it);
      if (v === undefined) raise('ValueError', `not enough values to unpack (expected ${n}, got ${i})`);
      out.push(v);
    }
    if (iterNext(it) !== undefined) raise('ValueError', `too many values to unpack (expected ${n})`);
    return out;
  }
  const items = toArray(seq);
  if (items.length < n + after) raise('ValueError', `not enough values to unpack (expected at least ${n + after}, got ${items.length})`);
  return [...items.slice(0, n), new PyList(items.slice(n, items.length - after)), ...items.slice(items.length - after)];
}

// --- formatting

export function formatValue(value: PyValue, conversion: number, spec: string): string {
  let v = value;
  if (conversion === 1) v = str(v);
  else if (conversion === 2) v = repr(v);
  else if (conversion === 3) v = asciiRepr(v);
  if (spec === '' && typeof v === 'string') return v;
  return formatValueWithSpec(v, spec);
}

export function asciiRepr(v: PyValue): string {
  return repr(v).replace(/[^\x00-\x7f]/gu, (ch) => {
    const c = ch.codePointAt(0)!;
    if (c < 0x100) return `\\x${c.toString(16).padStart(2, '0')}`;
    if (c < 0x10000) return `\\u${c.toString(16).padStart(4, '0')}`;
    return `\\U${c.toString(16).padStart(8, '0')}`;
  });
}

// --- exceptions

export function currentException(realm: Realm): PyBaseException {
  const exc = realm.handledException;
  if (exc === null) throw newException(E['RuntimeError']!, 'No active exception to reraise');
  return exc;
}

/** Normalizes the operand of `raise X [from Y]` into an exception instance. */
export function makeRaisable(value: PyValue, cause: PyValue | undefined): PyBaseException {
  const exc = instantiateException(value, 'exceptions must derive from BaseException');
  if (cause !== undefined) {
    exc.cause = cause === null ? null : instantiateException(cause, 'exception causes must derive from BaseException');
    exc.suppressContext = true;
  }
  return exc;
}

function instantiateException(value: PyValue, message: string): PyBaseException {
  if (value instanceof PyBaseException) return value;
  if (value !== null && typeof value === 'object' && isExceptionClass(value)) {
    const exc = call(value, []);
    if (!(exc instanceof PyBaseException)) typeError(`calling ${repr(value)} should have returned an instance of BaseException, not ${typeName(exc)}`);
    return exc;
  }
  return typeError(message);
}

function isExceptionClass(v: PyValue): v is PyType {
  return typeOf(v) === T.type && isSubtype(v as PyType, T.BaseException);
}

export function exceptionMatches(exc: PyBaseException, type: PyValue): boolean {
  if (type instanceof PyTuple) return type.items.some((t) => exceptionMatches(exc, t));
  if (!isExceptionClass(type)) typeError('catching classes that do not inherit from BaseException is not allowed');
  return isSubtype(exc.type, type);
}

/** Appends one traceback line as the exception passes through a frame (innermost first). */
export function addTraceback(exc: PyBaseException, code: CodeObject, pc: number): void {
  exc.traceback.push({ code, line: code.lineAt(pc) });
  if (exc.context === null && currentRealm.handledException !== null && currentRealm.handledException !== exc && exc.traceback.length === 1) {
    setContext(exc, currentRealm.handledException);
  }
}

/** Implicit chaining (__context__), avoiding cycles as CPython's _PyErr_SetObject does. */
function setContext(exc: PyBaseException, context: PyBaseException): void {
  for (let o: PyBaseException | null = context; o !== null; o = o.context) {
    if (o === exc) return;
  }
  exc.context = context;
}

/** The exception-table row covering pc (rows are sorted and disjoint: binary search). */
export function findHandler(code: CodeObject, pc: number): { target: number; depth: number } | null {
  const table = code.exceptionTable;
  let lo = 0;
  let hi = table.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const entry = table[mid]!;
    if (pc < entry.start) hi = mid - 1;
    else if (pc >= entry.end) lo = mid + 1;
    else return entry;
  }
  return null;
}

/** PEP 479: StopIteration escaping a generator becomes RuntimeError. */
export function generatorRaised(exc: PyBaseException): PyBaseException {
  if (!isSubtype(exc.type, E['StopIteration']!)) return exc;
  const wrapped = newException(E['RuntimeError']!, 'generator raised StopIteration');
  wrapped.cause = exc;
  wrapped.context = exc;
  wrapped.suppressContext = true;
  return wrapped;
}

// --- with

export function enterContext(manager: PyValue): [PyValue, PyValue] {
  const type = typeOf(manager);
  const enter = lookupType(type, '__enter__');
  const exit = lookupType(type, '__exit__');
  if (enter === undefined) typeError(`'${type.name}' object does not support the context manager protocol`);
  if (exit === undefined) typeError(`'${type.name}' object does not support the context manager protocol (missed __exit__ method)`);
  const boundExit = getAttr(manager, '__exit__');
  return [boundExit, callMethodDescr(enter, manager, [])];
}

// --- generators

/** One step of `yield from`: send value into the delegate. */
export function send(iter: PyValue, value: PyValue): { value: PyValue; done: boolean } {
  if (iter instanceof PyGenerator) return currentRealm.invoker.resumeGenerator(iter, 'send', value);
  try {
    const v = value === null ? iterNextRaw(iter) : call(getAttr(iter, 'send'), [value]);
    return { value: v, done: false };
  } catch (e) {
    const exc = toGuestException(e);
    if (!isSubtype(exc.type, E['StopIteration']!)) throw exc;
    return { value: exc.args.items[0] ?? null, done: true };
  }
}

/** Throws exc into a `yield from` delegate: it yields again, returns, or raises. GeneratorExit
 *  closes the delegate and is then raised in the delegating frame. */
export function throwIntoIterator(iter: PyValue, exc: PyBaseException):
  { kind: 'yield'; value: PyValue } | { kind: 'raise'; exc: PyBaseException } | { kind: 'returned'; value: PyValue } {
  if (isSubtype(exc.type, E['GeneratorExit']!)) {
    const close = getAttrOpt(iter, 'close');
    try {
      if (close !== undefined) call(close, []);
    } catch (e) {
      return { kind: 'raise', exc: toGuestException(e) };
    }
    return { kind: 'raise', exc };
  }
  try {
    if (iter instanceof PyGenerator) {
      const r = currentRealm.invoker.resumeGenerator(iter, 'throw', exc);
      return r.done ? { kind: 'returned', value: r.value } : { kind: 'yield', value: r.value };
    }
    const method = getAttrOpt(iter, 'throw');
    if (method === undefined) return { kind: 'raise', exc };
    return { kind: 'yield', value: call(method, [exc]) };
  } catch (e) {
    const raised = toGuestException(e);
    if (!(iter instanceof PyGenerator) && isSubtype(raised.type, E['StopIteration']!)) {
      return { kind: 'returned', value: raised.args.items[0] ?? null };
    }
    return { kind: 'raise', exc: raised };
  }
}

/** next(iter) that lets StopIteration propagate (so its value can be read). */
function iterNextRaw(iter: PyValue): PyValue {
  const hook = lookupType(typeOf(iter), '__next__');
  if (hook !== undefined) return callMethodDescr(hook, iter, []);
  const v = iterNext(iter);
  if (v === undefined) throw newException(E['StopIteration']!);
  return v;
}

// --- imports

export function importName(realm: Realm, name: string, fromlist: PyValue): PyModule {
  if (realm.importHook === null) throw newException(E['ImportError']!, `import of ${name} is not available`);
  return realm.importHook(name);
}

export function importFrom(module: PyModule, name: string): PyValue {
  const v = getAttrOpt(module, name);
  if (v === undefined) {
    const file = module.dict.getStr('__file__');
    const where = typeof file === 'string' ? ` (${file})` : ' (unknown location)';
    const exc = newException(E['ImportError']!, `cannot import name '${name}' from '${module.name}'${where}`);
    exc.attrs = newAttrDict();
    exc.attrs['name'] = module.name;
    throw exc;
  }
  return v;
}

export function importStar(frame: Frame, module: PyModule): void {
  const target = namespaceOf(frame);
  const all = module.dict.getStr('__all__');
  if (all !== undefined) {
    for (const name of asArray(all)) target.table.set(name, getAttr(module, name as string));
    return;
  }
  for (const pos of module.dict.table.positions()) {
    const key = module.dict.table.keys[pos] as string;
    if (!key.startsWith('_')) target.table.set(key, module.dict.table.values[pos]!);
  }
}

