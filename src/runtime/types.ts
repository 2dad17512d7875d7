// The built-in classes (int, str, list, ..., the exception hierarchy) as PyType objects, the
// map from a guest value to its class (`typeOf`), and C3 linearization for the MRO.
// Built-in classes are immutable, so they are shared by every VM in the process; per-VM
// state lives in the Realm. Methods are installed by the builtin-method modules.

import {
  PyBaseException, PyBoundMethod, PyBuiltinFunction, PyCell, PyClassMethod, PyDict, PyDictView, PyFrozenSet,
  PyFunction, PyGenerator, PyInstance, PyMethodDescriptor, PyModule, PyNotImplementedType, PyProperty, PyRange,
  PySet, PySlice, PyStaticMethod, PySuper,
} from './objects.js';
import { PyType } from './type-object.js';
import { PyBytes, PyEllipsisValue, PyFloat, PyList, PyObject, PyTuple, type PyValue } from './values.js';
import { CodeObject } from '../bytecode/code-object.js';

/** C3 linearization (https://docs.python.org/3/howto/mro.html). Null when inconsistent. */
export function computeMro(type: PyType, bases: PyType[]): PyType[] | null {
  const sequences = [...bases.map((b) => [...b.mro]), [...bases]];
  const result: PyType[] = [type];
  for (;;) {
    const live = sequences.filter((s) => s.length > 0);
    if (live.length === 0) return result;
    const head = live.map((s) => s[0]!).find((candidate) => !live.some((s) => s.indexOf(candidate) > 0));
    if (head === undefined) return null;
    result.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
}

function makeType(name: string, bases: PyType[], layout?: { prototype: object }): PyType {
  const type = new PyType(name);
  type.bases = bases;
  type.mro = computeMro(type, bases) ?? [type, ...bases];
  type.base = bases[0]?.base ?? null;
  if (layout) {
    (layout.prototype as { type: PyType }).type = type;
    type.base = type;
  }
  return type;
}

const object_ = makeType('object', []);
object_.base = object_;
const type_ = makeType('type', [object_], PyType);
const int_ = makeType('int', [object_]);
int_.base = int_;

/** Built-in classes, by Python name. */
export const T = {
  object: object_,
  type: type_,
  int: int_,
  bool: makeType('bool', [int_]),
  float: makeType('float', [object_], PyFloat),
  str: makeType('str', [object_]),
  bytes: makeType('bytes', [object_], PyBytes),
  list: makeType('list', [object_], PyList),
  tuple: makeType('tuple', [object_], PyTuple),
  dict: makeType('dict', [object_], PyDict),
  set: makeType('set', [object_], PySet),
  frozenset: makeType('frozenset', [object_], PyFrozenSet),
  NoneType: makeType('NoneType', [object_]),
  ellipsis: makeType('ellipsis', [object_], PyEllipsisValue),
  NotImplementedType: makeType('NotImplementedType', [object_], PyNotImplementedType),
  function: makeType('function', [object_], PyFunction),
  builtin_function_or_method: makeType('builtin_function_or_method', [object_], PyBuiltinFunction),
  method_descriptor: makeType('method_descriptor', [object_], PyMethodDescriptor),
  method: makeType('method', [object_], PyBoundMethod),
  staticmethod: makeType('staticmethod', [object_], PyStaticMethod),
  classmethod: makeType('classmethod', [object_], PyClassMethod),
  property: makeType('property', [object_], PyProperty),
  super: makeType('super', [object_], PySuper),
  module: makeType('module', [object_], PyModule),
  range: makeType('range', [object_], PyRange),
  slice: makeType('slice', [object_], PySlice),
  cell: makeType('cell', [object_], PyCell),
  code: makeType('code', [object_], CodeObject as unknown as { prototype: object }),
  generator: makeType('generator', [object_], PyGenerator),
  dict_view: makeType('dict_view', [object_], PyDictView),
  BaseException: makeType('BaseException', [object_], PyBaseException),
};
T.bool.base = int_;
T.str.base = T.str;
PyInstance.prototype.type = object_;

/** Iterator classes; each is the `type` of PyNativeIterator objects of that kind. */
export const IterTypes = {
  list_iterator: makeType('list_iterator', [object_]),
  list_reverseiterator: makeType('list_reverseiterator', [object_]),
  tuple_iterator: makeType('tuple_iterator', [object_]),
  str_iterator: makeType('str_ascii_iterator', [object_]),
  range_iterator: makeType('range_iterator', [object_]),
  dict_keyiterator: makeType('dict_keyiterator', [object_]),
  dict_valueiterator: makeType('dict_valueiterator', [object_]),
  dict_itemiterator: makeType('dict_itemiterator', [object_]),
  set_iterator: makeType('set_iterator', [object_]),
  bytes_iterator: makeType('bytes_iterator', [object_]),
  callable_iterator: makeType('callable_iterator', [object_]),
  iterator: makeType('iterator', [object_]),
  enumerate: makeType('enumerate', [object_]),
  zip: makeType('zip', [object_]),
  map: makeType('map', [object_]),
  filter: makeType('filter', [object_]),
  reversed: makeType('reversed', [object_]),
};

/** The exception hierarchy of CPython 3.11 (the part PYTHON.md lists, and its ancestors). */
const EXCEPTION_TREE: ReadonlyArray<readonly [name: string, base: string]> = [
  ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['StopIteration', 'Exception'],
  ['StopAsyncIteration', 'Exception'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['BlockingIOError', 'OSError'],
  ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'],
  ['FileNotFoundError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['InterruptedError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['BytesWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['UserWarning', 'Warning'],
];

/** Exception classes by name. */
export const E: Record<string, PyType> = { BaseException: T.BaseException };
for (const [name, base] of EXCEPTION_TREE) {
  const type = makeType(name, [E[base]!]);
  type.base = T.BaseException;
  E[name] = type;
}
E['EnvironmentError'] = E['OSError']!;
E['IOError'] = E['OSError']!;

/** The class of any guest value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return int_;
    case 'string':
      return T.str;
    case 'boolean':
      return T.bool;
    default:
      return v === null ? T.NoneType : (v as PyObject).type;
  }
}

export function isSubtype(type: PyType, base: PyType): boolean {
  return type === base || type.mro.includes(base);
}

export function isInstance(v: PyValue, base: PyType): boolean {
  return isSubtype(typeOf(v), base);
}

/** Creates a new class object (used by __build_class__ and type(name, bases, dict)). */
export function newClass(name: string, bases: PyType[]): PyType | null {
  const type = new PyType(name);
  type.bases = bases.length > 0 ? bases : [object_];
  const mro = computeMro(type, type.bases);
  if (mro === null) return null;
  type.mro = mro;
  type.base = type.bases[0]!.base;
  type.isHeapType = true;
  type.type = type_;
  return type;
}

// Every PyType instance's class is `type` unless it has a metaclass (not supported).
PyType.prototype.type = type_;
