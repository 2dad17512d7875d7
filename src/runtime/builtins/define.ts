// Small helpers for defining native functions, methods and attributes of built-in classes,
// and for checking their arguments with CPython's wording. Every builtin module uses these
// so that argument errors read the same everywhere.

import { typeError } from '../exceptions.js';
import {
  PyBuiltinFunction, PyClassMethod, PyDict, PyGetSet, PyMethodDescriptor, PyStaticMethod, fixedArityBits,
  type FixedMethod, type FixedNative, type NativeFn, type NativeMethod,
} from '../objects.js';
import type { PyType } from '../type-object.js';
import type { PyValue } from '../values.js';

export function defMethod(type: PyType, name: string, fn: NativeMethod): void {
  type.dict.set(name, new PyMethodDescriptor(name, type, fn));
}

/** Gives a native method a fixed entry for calls with min..max positional arguments (at most
 *  two): compiled code and the interpreter call `impl` without an argument array, everything
 *  else calls `fn`. Both must be the same method; `fn` usually checks its arguments and calls
 *  `impl`. The descriptor made from `fn` installs both. */
export function withFixed(fn: NativeMethod, min: number, max: number, impl: FixedMethod): NativeMethod {
  if (max > 2) throw new Error('a fixed method entry takes at most two arguments');
  return Object.assign(fn, { fixed: impl, fixedArities: fixedArityBits(min, max) });
}

/** A method taking min..max positional arguments and no keywords, with CPython's arity
 *  errors under `qualname` ('str.join'). */
export function fixedMethod(qualname: string, min: number, max: number, impl: FixedMethod): NativeMethod {
  return withFixed((self, args, kwnames) => {
    arity(qualname, args, kwnames, min, max);
    return impl(self, args[0], args[1]);
  }, min, max, impl);
}

/** Several methods at once: { name: fn }. */
export function defMethods(type: PyType, methods: Record<string, NativeMethod>): void {
  for (const [name, fn] of Object.entries(methods)) defMethod(type, name, fn);
}

export function defGetter(
  type: PyType, name: string, get: (obj: PyValue) => PyValue, set?: (obj: PyValue, v: PyValue) => void, remove?: (obj: PyValue) => void,
): void {
  type.dict.set(name, new PyGetSet(name, get, set ?? null, remove ?? null));
}

export function defStatic(type: PyType, name: string, fn: NativeFn): void {
  type.dict.set(name, new PyStaticMethod(new PyBuiltinFunction(name, fn, undefined, `${type.name}.${name}`)));
}

/** A classmethod: fn receives the class as args[0]. */
export function defClassMethod(type: PyType, name: string, fn: NativeFn): void {
  type.dict.set(name, new PyClassMethod(new PyBuiltinFunction(name, fn, undefined, `${type.name}.${name}`)));
}

export function builtinFunction(name: string, fn: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, fn);
}

/** withFixed for a native function (up to three arguments). */
export function withFixedFn(fn: NativeFn, min: number, max: number, impl: FixedNative): NativeFn {
  if (max > 3) throw new Error('a fixed function entry takes at most three arguments');
  return Object.assign(fn, { fixed: impl, fixedArities: fixedArityBits(min, max) });
}

/** A function taking min..max positional arguments and no keywords, with CPython's arity
 *  errors ('len() takes exactly one argument (2 given)'). */
export function fixedFunction(name: string, min: number, max: number, impl: FixedNative): NativeFn {
  return withFixedFn((args, kwnames) => {
    arity(name, args, kwnames, min, max);
    return impl(args[0], args[1], args[2]);
  }, min, max, impl);
}

/** Gives a built-in class a fixed call entry (PyType.fixed): `impl` must do exactly what
 *  calling the class with min..max positional arguments does. */
export function defFixedCall(type: PyType, min: number, max: number, impl: FixedNative): void {
  type.fixed = impl;
  type.fixedArities = fixedArityBits(min, max);
}

export function defFunction(namespace: PyDict, name: string, fn: NativeFn): void {
  namespace.set(name, builtinFunction(name, fn));
}

/** Rejects keyword arguments for natives that take none. */
export function noKeywords(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${name}() takes no keyword arguments`);
}

/** Checks a positional argument count: CPython's "f() takes exactly one argument (2 given)". */
export function arity(name: string, args: readonly PyValue[], kwnames: readonly string[] | null, min: number, max = min): void {
  noKeywords(name, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) typeError(`${name}() takes no arguments (${n} given)`);
    if (min === 1) typeError(`${name}() takes exactly one argument (${n} given)`);
    typeError(`${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** The named values of a call without keywords (shared: never modified). */
const NO_KEYWORDS: ReadonlyMap<string, PyValue> = new Map();

/** Splits natives' arguments into positionals and named values, checking allowed names.
 *  Both are read-only views: without keywords they are the arguments themselves. */
export function splitKeywords(
  name: string, args: readonly PyValue[], kwnames: readonly string[] | null, allowed: readonly string[],
): { positional: readonly PyValue[]; named: ReadonlyMap<string, PyValue> } {
  const nkw = kwnames?.length ?? 0;
  if (nkw === 0) return { positional: args as PyValue[], named: NO_KEYWORDS };
  const positional = args.slice(0, args.length - nkw);
  const named = new Map<string, PyValue>();
  for (let i = 0; i < nkw; i++) {
    const key = kwnames![i]!;
    if (!allowed.includes(key)) typeError(`${name}() got an unexpected keyword argument '${key}'`);
    named.set(key, args[args.length - nkw + i]!);
  }
  return { positional, named };
}

/** Binds natives' arguments to parameter names (positional or keyword), with defaults as undefined. */
export function bindNative(
  name: string, args: readonly PyValue[], kwnames: readonly string[] | null, params: readonly string[], required = 0,
): Array<PyValue | undefined> {
  const { positional, named } = splitKeywords(name, args, kwnames, params);
  if (positional.length > params.length) {
    typeError(`${name}() takes at most ${params.length} argument${params.length === 1 ? '' : 's'} (${positional.length} given)`);
  }
  const out: Array<PyValue | undefined> = params.map((p, i) => (i < positional.length ? positional[i] : named.get(p)));
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) typeError(`${name}() missing required argument '${params[i]}' (pos ${i + 1})`);
  }
  return out;
}
