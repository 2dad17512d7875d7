// The representation of guest values, shared by the loader, both tiers and the runtime.
//   int   -> JS number (an integer in the safe range) or bigint (only outside it: canonical)
//   float -> PyFloat box (so 1.0 and 1 stay distinct); compiled code unboxes into JS locals
//   bool  -> JS boolean;  None -> null;  str -> JS string (UTF-16, code-point aware helpers)
//   everything else -> an instance of a PyObject subclass, whose `type` is its Python class.
// This file holds only the data classes; behaviour lives in the runtime modules.

import type { PyType } from './type-object.js';

export type PyValue = number | bigint | string | boolean | null | PyObject;

/** Base of every heap-allocated guest value. Built-in classes put `type` on their prototype;
 *  instances of user classes (and of subclasses of built-ins) carry their own. */
export abstract class PyObject {
  declare type: PyType;
}

/** Python float. Immutable; `value` may be any double including NaN and -0. */
export class PyFloat extends PyObject {
  constructor(readonly value: number) {
    super();
  }
}

/** Python tuple. `items` is never mutated after construction. */
export class PyTuple extends PyObject {
  constructor(readonly items: PyValue[]) {
    super();
  }
}

/** Python list. */
export class PyList extends PyObject {
  constructor(public items: PyValue[]) {
    super();
  }
}

/** Python bytes. Immutable. */
export class PyBytes extends PyObject {
  constructor(readonly data: Uint8Array) {
    super();
  }
}

/** The Ellipsis singleton's class. */
export class PyEllipsisValue extends PyObject {}
export const Ellipsis = new PyEllipsisValue();

export const None = null;

export function isInt(v: unknown): v is number | bigint {
  return typeof v === 'bigint' || (typeof v === 'number');
}

/** Makes an int canonical: a bigint inside the safe range becomes a number. */
export function normInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}
