// Raising guest exceptions from host code: constructors for exception objects, `raise*`
// helpers with CPython's wording, and conversion of host failures (PyHostError from pure
// libraries, JS stack overflow) into guest exceptions. Guest exceptions are thrown as the
// PyBaseException object itself: no JS Error is allocated and no JS stack is captured.

import { PyHostError } from './host-error.js';
import { PyBaseException } from './objects.js';
import type { PyType } from './type-object.js';
import { E, typeOf } from './types.js';
import type { PyValue } from './values.js';

export function newException(type: PyType, ...args: PyValue[]): PyBaseException {
  return new PyBaseException(type, args);
}

/** Throws a new exception of the named class (e.g. 'TypeError') with one message argument. */
export function raise(typeName: string, message: string): never {
  throw newException(E[typeName]!, message);
}

export function typeError(message: string): never {
  throw newException(E['TypeError']!, message);
}

export function valueError(message: string): never {
  throw newException(E['ValueError']!, message);
}

export function indexError(message: string): never {
  throw newException(E['IndexError']!, message);
}

export function keyError(key: PyValue): never {
  throw newException(E['KeyError']!, key);
}

export function zeroDivision(message: string): never {
  throw newException(E['ZeroDivisionError']!, message);
}

export function overflowError(message: string): never {
  throw newException(E['OverflowError']!, message);
}

/** The Python class name of a value, as used in error messages ('int', 'NoneType', ...). */
export function typeName(v: PyValue): string {
  return typeOf(v).tpName;
}

/** A JS error that means a VM bug, never the user's fault (ARCHITECTURE.md §8). */
export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalError';
  }
}

/** Converts anything thrown inside the VM into a guest exception, or rethrows a VM bug. */
export function toGuestException(error: unknown): PyBaseException {
  if (error instanceof PyBaseException) return error;
  if (error instanceof PyHostError) {
    const type = E[error.pyType];
    if (type) return newException(type, error.pyMessage);
  }
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return newException(E['RecursionError']!, 'maximum recursion depth exceeded');
  }
  throw error;
}
