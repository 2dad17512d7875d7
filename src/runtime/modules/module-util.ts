// Shared helpers of the built-in modules (math, itertools, collections, ...): classes that
// print as CPython's C types do (`<class 'itertools.count'>`), iterator classes, and argument
// coercion with CPython's wording. Modules build on protocols.ts through these; nothing here
// keeps per-VM state.

import { newException, overflowError, typeError, typeName } from '../exceptions.js';
import {
  PyBoundMethod, PyBuiltinFunction, PyFunction, PyMethodDescriptor, PyModule, type NativeFn,
} from '../objects.js';
import { callMethodDescr, iterNext, lookupType, repr } from '../protocols.js';
import { PyType } from '../type-object.js';
import { E, T, newClass, typeOf } from '../types.js';
import { PyFloat, type PyValue } from '../values.js';
import { defMethod } from '../builtins/define.js';

export type Int = number | bigint;
export type Kw = readonly string[] | null;

/** A class implemented in TypeScript, like CPython's static types: instances get no __dict__. */
export function nativeClass(name: string, module: string, base: PyType = T.object): PyType {
  const cls = newClass(name, [base])!;
  cls.module = module;
  cls.nativeModule = module;
  cls.isHeapType = false;
  if (base === T.object) cls.base = cls;
  return cls;
}

/** A class implemented in TypeScript whose instances are dicts/tuples the protocols must not
 *  fast-path (dict subclasses need __missing__, tuple subclasses their own repr). */
export function heapClass(name: string, module: string, base: PyType): PyType {
  const cls = newClass(name, [base])!;
  cls.module = module;
  return cls;
}

/** An iterator class: __iter__ returns self, __next__ raises StopIteration when exhausted. */
export function iteratorClass(name: string, module: string): PyType {
  const cls = nativeClass(name, module);
  defMethod(cls, '__iter__', (self) => self);
  defMethod(cls, '__next__', (self) => {
    const v = iterNext(self);
    if (v === undefined) throw newException(E['StopIteration']!);
    return v;
  });
  return cls;
}

/** Adds builtin functions to a module namespace. */
export function defFunctions(module: PyModule, fns: Record<string, NativeFn>): void {
  for (const [name, fn] of Object.entries(fns)) module.dict.set(name, new PyBuiltinFunction(name, fn));
}

/** Positional arguments and keyword values of a native call. */
export function splitArgs(args: PyValue[], kwnames: Kw): { pos: PyValue[]; kw: Map<string, PyValue> } {
  const nkw = kwnames?.length ?? 0;
  const kw = new Map<string, PyValue>();
  for (let i = 0; i < nkw; i++) kw.set(kwnames![i]!, args[args.length - nkw + i]!);
  return { pos: args.slice(0, args.length - nkw), kw };
}

/** An int-like argument (int, bool, __index__) as a canonical int: operator.index(). */
export function toInt(v: PyValue): Int {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const hook = v !== null ? lookupType(typeOf(v), '__index__') : undefined;
  if (hook === undefined) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  const r = callMethodDescr(hook, v, []);
  if (typeof r === 'number' || typeof r === 'bigint') return r;
  if (typeof r === 'boolean') return r ? 1 : 0;
  return typeError(`__index__ returned non-int (type ${typeName(r)})`);
}

/** A small int argument as a JS number (sizes, counts); OverflowError for huge ints. */
export function toSmallInt(v: PyValue): number {
  const n = toInt(v);
  if (typeof n === 'bigint') overflowError('Python int too large to convert to C ssize_t');
  return n;
}

/** An int as a double, with CPython's overflow message. */
export function intAsDouble(v: Int): number {
  if (typeof v === 'number') return v;
  const f = Number(v);
  if (!Number.isFinite(f)) overflowError('int too large to convert to float');
  return f;
}

/** A real-number argument as a double (PyFloat_AsDouble): float, int, __float__, __index__. */
export function toDouble(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number' || typeof v === 'bigint') return intAsDouble(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  const type = typeOf(v);
  const hook = v !== null ? lookupType(type, '__float__') : undefined;
  if (hook !== undefined) {
    const r = callMethodDescr(hook, v, []);
    if (!(r instanceof PyFloat)) typeError(`${type.name}.__float__ returned non-float (type ${typeName(r)})`);
    return r.value;
  }
  if (v !== null && lookupType(type, '__index__') !== undefined) return intAsDouble(toInt(v));
  return typeError(`must be real number, not ${type.name}`);
}

/** callable(v): functions, classes, bound methods, and instances of classes with __call__. */
export function isCallable(v: PyValue): boolean {
  if (v instanceof PyBuiltinFunction || v instanceof PyFunction || v instanceof PyType) return true;
  if (v instanceof PyBoundMethod || v instanceof PyMethodDescriptor) return true;
  return v !== null && lookupType(typeOf(v), '__call__') !== undefined;
}

/** The `(k=v, ...)` or `(x, y)` part of an argument-list repr. */
export function argListRepr(args: readonly PyValue[], kw: ReadonlyMap<string, PyValue> | null): string {
  const parts = args.map((a) => repr(a));
  if (kw !== null) for (const [k, v] of kw) parts.push(`${k}=${repr(v)}`);
  return parts.join(', ');
}

/** Argument `i` given positionally, else by keyword `name`, else undefined. */
export function argAt(pos: readonly PyValue[], i: number, kw: ReadonlyMap<string, PyValue>, name: string): PyValue | undefined {
  return i < pos.length ? pos[i] : kw.get(name);
}

/** "'x', 'y', and 'z'", as CPython lists missing arguments. */
export function nameList(names: readonly string[]): string {
  const quoted = names.map((n) => `'${n}'`);
  if (quoted.length <= 2) return quoted.join(' and ');
  return `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
}

/**
 * Binds arguments as a Python-level method would (CPython's messages count `self`):
 * `params` may be passed by position or keyword, the first `required` must be given,
 * `kwonly` only by keyword. Unset parameters come back undefined.
 */
export function bindPython(qualname: string, args: PyValue[], kwnames: Kw, params: readonly string[], required: number,
  kwonly: readonly string[] = [], self = 1): Array<PyValue | undefined> {
  const { pos, kw } = splitArgs(args, kwnames);
  if (pos.length > params.length) {
    const max = params.length + self;
    const min = required + self;
    const n = pos.length + self;
    const takes = min === max ? `${max} positional argument${max === 1 ? '' : 's'}` : `from ${min} to ${max} positional arguments`;
    typeError(`${qualname}() takes ${takes} but ${n} ${n === 1 ? 'was' : 'were'} given`);
  }
  const all = [...params, ...kwonly];
  const out: Array<PyValue | undefined> = all.map((_, i) => (i < params.length ? pos[i] : undefined));
  for (const [key, value] of kw) {
    const i = all.indexOf(key);
    if (i < 0) typeError(`${qualname}() got an unexpected keyword argument '${key}'`);
    if (out[i] !== undefined) typeError(`${qualname}() got multiple values for argument '${key}'`);
    out[i] = value;
  }
  const missing = params.slice(0, required).filter((_, i) => out[i] === undefined);
  if (missing.length > 0) {
    typeError(`${qualname}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${nameList(missing)}`);
  }
  return out;
}

/** Argument Clinic's positional-only check: "cycle expected 1 argument, got 0". */
export function clinicArity(name: string, args: readonly PyValue[], kwnames: Kw, min: number, max = min): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${name}() takes no keyword arguments`);
  const n = args.length;
  const plural = (k: number): string => `${k} argument${k === 1 ? '' : 's'}`;
  if (min === max && n !== min) typeError(`${name} expected ${plural(min)}, got ${n}`);
  if (n < min) typeError(`${name} expected at least ${plural(min)}, got ${n}`);
  if (n > max) typeError(`${name} expected at most ${plural(max)}, got ${n}`);
}

/** A METH_O function's check: "math.sqrt() takes exactly one argument (0 given)". */
export function oneArg(qualname: string, args: readonly PyValue[], kwnames: Kw): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${qualname}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`${qualname}() takes exactly one argument (${args.length} given)`);
}

/** A METH_NOARGS function's check: "time.time() takes no arguments (1 given)". */
export function noArgs(qualname: string, args: readonly PyValue[], kwnames: Kw): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${qualname}() takes no keyword arguments`);
  if (args.length !== 0) typeError(`${qualname}() takes no arguments (${args.length} given)`);
}
