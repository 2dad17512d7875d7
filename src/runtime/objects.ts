// The heap object classes of the runtime: instances, dicts, sets, functions, cells, methods,
// modules, ranges, slices, exceptions, generators, properties. Data only, plus the few
// invariants each class keeps itself; behaviour (attribute lookup, calls, operators) lives
// in the protocol modules so both tiers share one implementation.

import type { CodeObject } from '../bytecode/code-object.js';
import { OrderedTable } from './hash-table.js';
import type { PyType } from './type-object.js';
import { PyObject, PyTuple, type PyList, type PyValue } from './values.js';

/** Attribute storage of an instance. Guest names such as '__proto__', 'constructor' and
 *  'toString' must be ordinary keys, so nothing may be inherited from Object.prototype; and
 *  V8 must see per-class hidden classes (an Object.create(null) object is a slow dictionary).
 *  Instances of a constructor whose prototype is itself a null-prototype object give both. */
export type AttrDict = Record<string, PyValue>;

function AttrBag(this: AttrDict): void {}
AttrBag.prototype = Object.create(null) as object;

export function newAttrDict(): AttrDict {
  return new (AttrBag as unknown as new () => AttrDict)();
}

/** Instance of a user class whose layout is plain `object`. */
export class PyInstance extends PyObject {
  attrs: AttrDict | null;
  /** Values of __slots__ entries when the class declares them (a fast attribute object, so
   *  slot reads are as quick as dict reads; only the class's slot names are ever stored). */
  slotValues: AttrDict | null;
  constructor(type: PyType) {
    super();
    this.type = type;
    this.attrs = type.slots === null ? newAttrDict() : null;
    this.slotValues = type.slots === null ? null : newAttrDict();
  }
}

export class PyDict extends PyObject {
  table = new OrderedTable();
  attrs?: AttrDict;
  get size(): number {
    return this.table.size;
  }
  get(key: PyValue): PyValue | undefined {
    return this.table.get(key);
  }
  set(key: PyValue, value: PyValue): void {
    this.table.set(key, value);
  }
  /** Convenience for str keys (namespaces, kwargs). */
  getStr(key: string): PyValue | undefined {
    return this.table.get(key);
  }
}

export class PySet extends PyObject {
  table = new OrderedTable();
  attrs?: AttrDict;
}

export class PyFrozenSet extends PyObject {
  table = new OrderedTable();
  hashCache: number | null = null;
}

/** A closure cell; `value` is undefined while the variable is unbound. */
export class PyCell extends PyObject {
  constructor(public value: PyValue | undefined = undefined) {
    super();
  }
}

/** Execution state attached to a function by the VM (tiering counters, compiled entry). */
export interface FunctionRuntime {
  calls: number;
}

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  module: PyValue;
  doc: PyValue = null;
  /** __annotations__: the def's annotations (MAKE_FUNCTION flag 4), made empty on first read. */
  annotations: PyDict | null = null;
  attrs: AttrDict | null = null;
  /** Compiled entry installed by the JIT; null while interpreted. Both tiers call through it,
   *  so tiering up never replaces a running JS function (ARCHITECTURE.md §5). */
  entry: CompiledEntry | null = null;
  /** The compiled body taking its positional arguments as JS parameters, `(fn, a0, …)`, and the
   *  number it takes (-1 when there is none): call sites with exactly that many positional
   *  arguments and no keywords enter it without building an argument array. */
  direct: DirectEntry | null = null;
  directArity = -1;
  constructor(
    public code: CodeObject,
    public globals: PyDict,
    public defaults: PyValue[] | null,
    public kwdefaults: PyDict | null,
    public closure: PyCell[] | null,
  ) {
    super();
    this.name = code.name;
    this.qualname = code.qualname;
    this.module = globals.getStr('__name__') ?? null;
    // The compiler puts a def's docstring (or None) first in its constants, as CPython does.
    const first = code.consts[0];
    if (typeof first === 'string' && !code.name.startsWith('<')) this.doc = first;
  }
}

/** A compiled function's entry: binds `count` arguments from `args[start..]` (keyword values
 *  last, named by kwnames) and runs the body; counts toward the recursion limit. */
export type CompiledEntry = {
  (fn: PyFunction, args: ArrayLike<PyValue>, start: number, count: number, kwnames: readonly string[] | null): PyValue;
  /** The positional body behind the entry, when the signature has no defaults to fill in a
   *  fixed-arity call, no *args, **kwargs or keyword-only parameters. */
  direct?: DirectEntry;
};

/** A compiled body with its `arity` positional parameters as JS parameters. */
export type DirectEntry = (fn: PyFunction, ...args: PyValue[]) => PyValue;

/** Installs (or, with null, removes) a function's compiled entries. */
export function setEntry(fn: PyFunction, entry: CompiledEntry | null): void {
  fn.entry = entry;
  fn.direct = entry?.direct ?? null;
  fn.directArity = fn.direct === null ? -1 : fn.code.argCount;
}

/** Host function signature: positional values, then keyword values named by kwnames. */
export type NativeFn = (args: PyValue[], kwnames: readonly string[] | null) => PyValue;

/** A native's entry for calls with positional arguments only, taken without an argument
 *  array: an argument not passed arrives as undefined. */
export type FixedNative = (a?: PyValue, b?: PyValue, c?: PyValue) => PyValue;
export type FixedMethod = (self: PyValue, a?: PyValue, b?: PyValue) => PyValue;

const noFixedEntry = (): never => {
  throw new Error('native called through a fixed entry it does not have');
};

/** A NativeFn (NativeMethod) may carry its fixed entry along (builtins/define.ts withFixed);
 *  the function or descriptor made from it installs both. */
type FixedCapable<F> = { fixed?: F; fixedArities?: number };

export class PyBuiltinFunction extends PyObject {
  /** Bit n set: a call with n positional arguments and no keywords may use `fixed`. */
  fixedArities = 0;
  fixed: FixedNative = noFixedEntry;

  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    /** The object a bound builtin method was taken from (`[].append`), or null. */
    readonly self: PyValue | undefined = undefined,
    readonly qualname: string = name,
  ) {
    super();
    const { fixed, fixedArities } = fn as FixedCapable<FixedNative>;
    if (fixed !== undefined && fixedArities !== undefined) {
      this.fixed = fixed;
      this.fixedArities = fixedArities;
    }
  }
}

/** A method of a built-in type, stored in the type's dict; binds to receivers. */
export type NativeMethod = (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue;

export class PyMethodDescriptor extends PyObject {
  /** As PyBuiltinFunction's: bit n set when `fixed` takes a call with n arguments after self. */
  fixedArities = 0;
  fixed: FixedMethod = noFixedEntry;

  constructor(
    readonly name: string,
    readonly owner: PyType,
    readonly fn: NativeMethod,
  ) {
    super();
    const { fixed, fixedArities } = fn as FixedCapable<FixedMethod>;
    if (fixed !== undefined && fixedArities !== undefined) {
      this.fixed = fixed;
      this.fixedArities = fixedArities;
    }
  }
}

/** The bits of PyBuiltinFunction.fixedArities for min..max arguments. */
export function fixedArityBits(min: number, max: number): number {
  let bits = 0;
  for (let n = min; n <= max; n++) bits |= 1 << n;
  return bits;
}

export class PyBoundMethod extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly self: PyValue,
  ) {
    super();
  }
}

export class PyStaticMethod extends PyObject {
  attrs?: AttrDict;
  constructor(public func: PyValue) {
    super();
  }
}

export class PyClassMethod extends PyObject {
  attrs?: AttrDict;
  constructor(public func: PyValue) {
    super();
  }
}

export class PyProperty extends PyObject {
  doc: PyValue = null;
  /** The class attribute it was defined as (set at class creation), for error messages. */
  name: string | null = null;
  constructor(
    public fget: PyValue,
    public fset: PyValue,
    public fdel: PyValue,
  ) {
    super();
  }
}

export class PySuper extends PyObject {
  constructor(
    readonly thisType: PyType,
    readonly obj: PyValue,
    readonly objType: PyType,
  ) {
    super();
  }
}

export class PyModule extends PyObject {
  readonly dict = new PyDict();
  constructor(readonly name: string) {
    super();
    this.dict.set('__name__', name);
  }
}

export class PyRange extends PyObject {
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super();
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}

export class PySlice extends PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super();
  }
}

/** One traceback line: the frame's code and the line executing when the exception passed. */
export interface TracebackEntry {
  readonly code: CodeObject;
  readonly line: number;
}

export class PyBaseException extends PyObject {
  args: PyTuple;
  attrs: AttrDict | null = null;
  traceback: TracebackEntry[] = [];
  cause: PyBaseException | null = null;
  context: PyBaseException | null = null;
  suppressContext = false;
  /** For a NameError: where the name was looked up, for the "Did you mean" suggestion. */
  nameScope: { locals: readonly string[]; globals: PyDict; builtins: PyDict } | null = null;
  /** For a SyntaxError raised by import: the compiler's CPython-style report of it. */
  syntaxDetail: string | null = null;
  constructor(type: PyType, args: PyValue[]) {
    super();
    this.type = type;
    this.args = new PyTuple(args);
  }
}

/** A generator: a suspended frame plus its state. The frame type belongs to the interpreter. */
export class PyGenerator extends PyObject {
  running = false;
  finished = false;
  started = false;
  name: string;
  qualname: string;
  constructor(
    readonly frame: unknown,
    readonly code: CodeObject,
  ) {
    super();
    this.name = code.name;
    this.qualname = code.qualname;
  }
}

/** A host-implemented iterator (list/tuple/str/range/dict iterators, map, zip, ...). */
export class PyNativeIterator extends PyObject {
  constructor(
    /** The next value, or undefined when exhausted; null in subclasses that override nextValue. */
    private readonly advance: (() => PyValue | undefined) | null,
    type: PyType,
  ) {
    super();
    this.type = type;
  }

  /** Returns the next value, or undefined when exhausted. */
  nextValue(): PyValue | undefined {
    return this.advance!();
  }
}

/** iter(list) and iter(tuple): the position in plain fields, so both tiers step it inline (a
 *  for loop over a list or a tuple); once exhausted it stays exhausted, even if the list grows. */
export class PyListIterator extends PyNativeIterator {
  index = 0;
  constructor(public list: PyList | PyTuple, type: PyType) {
    super(null, type);
  }

  override nextValue(): PyValue | undefined {
    const items = this.list.items;
    if (this.index < items.length) return items[this.index++];
    this.index = Infinity;
    return undefined;
  }
}

/** iter(range(...)) on small ints: the next value and the bounds in plain fields. */
export class PyRangeIterator extends PyNativeIterator {
  constructor(public value: number, readonly stop: number, readonly step: number, type: PyType) {
    super(null, type);
  }

  override nextValue(): PyValue | undefined {
    const v = this.value;
    if (this.step > 0 ? v >= this.stop : v <= this.stop) return undefined;
    this.value = v + this.step;
    return v;
  }
}

/** Views returned by dict.keys(), .values(), .items(). */
export class PyDictView extends PyObject {
  constructor(
    readonly dictObj: PyDict,
    readonly kind: 'keys' | 'values' | 'items',
  ) {
    super();
  }
}

/** A native attribute of a built-in class (`e.args`, `f.__name__`): a data descriptor. */
export class PyGetSet extends PyObject {
  constructor(
    readonly name: string,
    readonly get: (obj: PyValue) => PyValue,
    readonly set: ((obj: PyValue, value: PyValue) => void) | null = null,
    readonly remove: ((obj: PyValue) => void) | null = null,
    /** Set for the descriptor of a __slots__ entry: its value lives in slotValues[name]. */
    readonly isSlot = false,
  ) {
    super();
  }
}

export class PyNotImplementedType extends PyObject {}
export const NotImplemented = new PyNotImplementedType();
