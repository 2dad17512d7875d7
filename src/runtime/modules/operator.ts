// The operator module (https://docs.python.org/3.11/library/operator.html): the operators as
// functions (each forwarding to operators.ts/protocols.ts so semantics match the bytecode),
// their dunder aliases (operator.__add__), and the itemgetter/attrgetter/methodcaller classes
// with CPython's reprs (`operator.itemgetter(1)`).

import { raise, typeError, typeName } from '../exceptions.js';
import { PyModule, PyBuiltinFunction, type NativeFn } from '../objects.js';
import {
  binaryOp, compareOp, contains, unaryInvert, unaryNegative, unaryPositive,
} from '../operators.js';
import { call, callSpecial, eq, getAttr, getIter, iterNext, len, lookupType, truthy } from '../protocols.js';
import { delItem, getItem, setItem } from '../subscript.js';
import type { PyType } from '../type-object.js';
import { typeOf } from '../types.js';
import { PyFloat, PyList, PyObject, PyTuple, type PyValue } from '../values.js';
import { arity, defMethods, defStatic } from '../builtins/define.js';
import { argListRepr, nativeClass, oneArg, splitArgs, toInt, type Kw } from './module-util.js';
import { INPLACE_OFFSET } from '../../bytecode/opcodes.js';

const BINARY_NAMES = ['add', 'and_', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or_', 'pow', 'rshift', 'sub', 'truediv', 'xor'];
const COMPARE_NAMES = ['lt', 'le', 'eq', 'ne', 'gt', 'ge'];

function binary(name: string, fn: (a: PyValue, b: PyValue) => PyValue): NativeFn {
  return (args, kwnames) => {
    arity(name, args, kwnames, 2);
    return fn(args[0]!, args[1]!);
  };
}

function unary(name: string, fn: (a: PyValue) => PyValue): NativeFn {
  return (args, kwnames) => {
    oneArg(`_operator.${name}`, args, kwnames);
    return fn(args[0]!);
  };
}

export function absValue(v: PyValue): PyValue {
  if (typeof v === 'number') return Math.abs(v);
  if (typeof v === 'bigint') return v < 0n ? -v : v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return new PyFloat(Math.abs(v.value));
  const r = callSpecial(v, '__abs__', []);
  if (r === undefined) typeError(`bad operand type for abs(): '${typeName(v)}'`);
  return r;
}

function isSequence(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || (v !== null && lookupType(typeOf(v), '__getitem__') !== undefined);
}

function concat(a: PyValue, b: PyValue, inplace: boolean): PyValue {
  if (!isSequence(a)) typeError(`'${typeName(a)}' object can't be concatenated`);
  return binaryOp(inplace ? INPLACE_OFFSET : 0, a, b);
}

function countOf(a: PyValue, b: PyValue): PyValue {
  let n = 0;
  const it = getIter(a);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (x === b || eq(x, b)) n++;
  return n;
}

function indexOf(a: PyValue, b: PyValue): PyValue {
  const it = getIter(a);
  for (let i = 0, x = iterNext(it); x !== undefined; i++, x = iterNext(it)) if (x === b || eq(x, b)) return i;
  return raise('ValueError', 'sequence.index(x): x not in sequence');
}

function hasLength(v: PyValue): boolean {
  if (typeof v === 'string' || v instanceof PyList || v instanceof PyTuple) return true;
  return v !== null && typeof v === 'object' && lookupType(typeOf(v), '__len__') !== undefined;
}

/** length_hint(obj, default=0): len(obj), else obj.__length_hint__(), else default. */
function lengthHint(args: PyValue[], kwnames: Kw): PyValue {
  arity('length_hint', args, kwnames, 1, 2);
  const obj = args[0]!;
  if (hasLength(obj)) return len(obj);
  const hint = callSpecial(obj, '__length_hint__', []);
  return hint === undefined ? (args.length > 1 ? args[1]! : 0) : hint;
}

/** The plain operator functions, by name. */
function operatorFunctions(): Record<string, NativeFn> {
  const fns: Record<string, NativeFn> = {};
  BINARY_NAMES.forEach((name, op) => {
    fns[name] = binary(name, (a, b) => binaryOp(op, a, b));
    const iname = `i${name.replace(/_$/, '')}`;
    fns[iname] = binary(iname, (a, b) => binaryOp(INPLACE_OFFSET + op, a, b));
  });
  COMPARE_NAMES.forEach((name, op) => (fns[name] = binary(name, (a, b) => compareOp(op, a, b))));
  Object.assign(fns, {
    neg: unary('neg', unaryNegative),
    pos: unary('pos', unaryPositive),
    abs: unary('abs', absValue),
    invert: unary('invert', unaryInvert),
    inv: unary('inv', unaryInvert),
    not_: unary('not_', (a) => !truthy(a)),
    truth: unary('truth', truthy),
    index: unary('index', toInt),
    is_: binary('is_', (a, b) => a === b),
    is_not: binary('is_not', (a, b) => a !== b),
    contains: binary('contains', (a, b) => contains(a, b)),
    countOf: binary('countOf', countOf),
    indexOf: binary('indexOf', indexOf),
    concat: binary('concat', (a, b) => concat(a, b, false)),
    iconcat: binary('iconcat', (a, b) => concat(a, b, true)),
    getitem: binary('getitem', getItem),
    setitem: (args, kwnames) => (arity('setitem', args, kwnames, 3), setItem(args[0]!, args[1]!, args[2]!), null),
    delitem: binary('delitem', (a, b) => (delItem(a, b), null)),
    length_hint: lengthHint,
    call: (args, kwnames) => {
      if (args.length - (kwnames?.length ?? 0) < 1) typeError('call() missing 1 required positional argument: \'obj\'');
      return call(args[0]!, args.slice(1), kwnames);
    },
  } satisfies Record<string, NativeFn>);
  return fns;
}

// --- itemgetter, attrgetter, methodcaller

class PyGetter extends PyObject {
  constructor(type: PyType, readonly items: PyValue[], readonly kw: Map<string, PyValue> | null = null) {
    super();
    this.type = type;
  }
}

function callArity(name: string, args: PyValue[], kwnames: Kw): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`${name} expected 1 argument, got ${args.length}`);
}

function getterClass(module: PyModule, name: string, make: (cls: PyType, args: PyValue[], kwnames: Kw) => PyGetter,
  apply: (g: PyGetter, obj: PyValue) => PyValue): void {
  const cls = nativeClass(name, 'operator');
  defStatic(cls, '__new__', (args, kwnames) => make(cls === args[0] ? cls : (args[0] as PyType), args.slice(1), kwnames));
  defMethods(cls, {
    __call__(self, args, kwnames) {
      callArity(name, args, kwnames);
      return apply(self as PyGetter, args[0]!);
    },
    __repr__(self) {
      const g = self as PyGetter;
      const prefix = typeOf(self) === cls ? `operator.${name}` : typeOf(self).name;
      return `${prefix}(${argListRepr(g.items, g.kw)})`;
    },
  });
  module.dict.set(name, cls);
}

function resolveDotted(obj: PyValue, path: PyValue): PyValue {
  if (!(path as string).includes('.')) return getAttr(obj, path as string);
  for (const part of (path as string).split('.')) obj = getAttr(obj, part);
  return obj;
}

function defineGetters(module: PyModule): void {
  getterClass(module, 'itemgetter', (cls, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError('itemgetter() takes no keyword arguments');
    if (args.length === 0) typeError('itemgetter expected 1 argument, got 0');
    return new PyGetter(cls, args.slice());
  }, (g, obj) => (g.items.length === 1 ? getItem(obj, g.items[0]!) : new PyTuple(g.items.map((k) => getItem(obj, k)))));
  getterClass(module, 'attrgetter', (cls, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError('attrgetter() takes no keyword arguments');
    if (args.length === 0) typeError('attrgetter expected 1 argument, got 0');
    if (args.some((a) => typeof a !== 'string')) typeError('attribute name must be a string');
    return new PyGetter(cls, args.slice());
  }, (g, obj) => (g.items.length === 1 ? resolveDotted(obj, g.items[0]!) : new PyTuple(g.items.map((a) => resolveDotted(obj, a)))));
  getterClass(module, 'methodcaller', (cls, args, kwnames) => {
    const { pos, kw } = splitArgs(args, kwnames);
    if (pos.length === 0) typeError('methodcaller needs at least one argument, the method name');
    if (typeof pos[0] !== 'string') typeError('method name must be a string');
    return new PyGetter(cls, pos, kw);
  }, (g, obj) => {
    const names = [...g.kw!.keys()];
    return call(getAttr(obj, g.items[0] as string), [...g.items.slice(1), ...g.kw!.values()], names.length > 0 ? names : null);
  });
}

export function create(): PyModule {
  const module = new PyModule('operator');
  for (const [name, fn] of Object.entries(operatorFunctions())) {
    const f = new PyBuiltinFunction(name, fn);
    module.dict.set(name, f);
    const dunder = `__${name.replace(/_$/, '')}__`;
    if (!['countOf', 'indexOf', 'is_', 'is_not', 'length_hint', 'truth', 'call'].includes(name)) module.dict.set(dunder, f);
  }
  defineGetters(module);
  return module;
}
