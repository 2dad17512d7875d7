// PyType: the class object. Holds the MRO, the attribute namespace, and per-type slots that
// the interpreter and JIT call directly (so `a + b` does not look up '__add__' by name on
// built-in types). Built-in types and user classes are both PyType instances.

import { PyObject, type PyValue } from './values.js';

const noFixedCall = (): never => {
  throw new Error('class called through a fixed entry it does not have');
};

export class PyType extends PyObject {
  /** Method resolution order, this class first. */
  mro: PyType[] = [];
  bases: PyType[] = [];
  /** Class namespace: attribute name -> value. A null-prototype map keeps guest names such as
   *  '__proto__' or 'constructor' ordinary keys. */
  readonly dict: Map<string, PyValue> = new Map();
  /** Bumped on every change to this class or a base, for inline-cache guards. */
  version = 0;
  /** True for classes defined by Python code (instances may get attributes, etc.). */
  isHeapType = false;
  /** The nearest built-in ancestor that decides the instance layout (object, int, list, ...). */
  base: PyType | null = null;
  /** Names in __slots__, or null when instances have a __dict__. */
  slots: string[] | null = null;
  qualname: string;
  module = 'builtins';
  /** Results of MRO lookups by name, valid while `lookupEpoch` equals the global class epoch. */
  lookupCache: Map<string, PyValue | undefined> | null = null;
  lookupEpoch = -1;
  /** plainInit's answer for this class, valid while `initEpoch` equals the class epoch. */
  plainInit: unknown = null;
  initEpoch = -1;
  /** Class-wide attribute layout (protocols.ts, attrLayout), for sites that see many classes:
   *  the class epoch in which it was computed, and that epoch again in `plainRead` (or
   *  `plainWrite`) when any non-dunder attribute of an instance is read from (written to) its
   *  own store directly, else -1. */
  layoutEpoch = -1;
  plainRead = -1;
  plainWrite = -1;
  /** Methods that LOAD_METHOD found on instances of this class (methodOfType's answers),
   *  valid while `methodsEpoch` equals the class epoch; an absent name is not known yet. */
  methods: Record<string, PyValue> | null = null;
  methodsEpoch = -1;
  /** For a built-in class whose call is a plain conversion (str(x), list(x)): the call with
   *  positional arguments only, as PyBuiltinFunction.fixed (bit n of `fixedArities` set when
   *  it takes n arguments). A class with any other call keeps 0. */
  fixedArities = 0;
  fixed: (a?: PyValue, b?: PyValue, c?: PyValue) => PyValue = noFixedCall;

  /** The name error messages use (CPython's tp_name): 'collections.deque' for a class a
   *  module implements natively, the plain name otherwise. */
  get tpName(): string {
    return this.nativeModule === null ? this.name : `${this.nativeModule}.${this.name}`;
  }
  /** Set for classes implemented natively by a module other than builtins. */
  nativeModule: string | null = null;

  constructor(
    public name: string,
  ) {
    super();
    this.qualname = name;
  }
}
