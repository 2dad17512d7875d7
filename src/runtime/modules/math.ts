// The math module (https://docs.python.org/3.11/library/math.html): argument conversion and
// CPython's argument errors around the pure implementations in pymath.ts. Real arguments go
// through PyFloat_AsDouble rules (__float__, then __index__), integer arguments through
// __index__; floor/ceil/trunc honour __floor__/__ceil__/__trunc__ of guest classes.

import { typeError, typeName, toGuestException } from '../exceptions.js';
import { PyModule, type NativeFn } from '../objects.js';
import { binaryOp } from '../operators.js';
import { callMethodDescr, getIter, iterNext, lookupType, toArray } from '../protocols.js';
import { pymath, type IntOrFloat } from '../pymath.js';
import { typeOf } from '../types.js';
import { PyFloat, PyTuple, type PyValue } from '../values.js';
import { arity, noKeywords } from '../builtins/define.js';
import { defFunctions, splitArgs, toDouble, toInt, type Int, type Kw } from './module-util.js';

const MUL = 5;
const f = (x: number): PyFloat => new PyFloat(x);

/** A PyHostError from pymath becomes the guest exception at this boundary. */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw toGuestException(e);
  }
}

/** METH_O functions: "math.sqrt() takes exactly one argument (0 given)". */
function one(name: string, fn: (x: PyValue) => PyValue): NativeFn {
  return (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError(`math.${name}() takes no keyword arguments`);
    if (args.length !== 1) typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
    return guard(() => fn(args[0]!));
  };
}

function two(name: string, fn: (x: PyValue, y: PyValue) => PyValue): NativeFn {
  return (args, kwnames) => {
    arity(name, args, kwnames, 2);
    return guard(() => fn(args[0]!, args[1]!));
  };
}

const float1 = (name: string, fn: (x: number) => number): NativeFn => one(name, (x) => f(fn(toDouble(x))));
const float2 = (name: string, fn: (x: number, y: number) => number): NativeFn => two(name, (x, y) => f(fn(toDouble(x), toDouble(y))));

/** An int or float argument as pymath's IntOrFloat (ints stay exact for log and friends). */
function real(v: PyValue): IntOrFloat {
  if (typeof v === 'number' || typeof v === 'bigint') return { int: v };
  if (typeof v === 'boolean') return { int: v ? 1 : 0 };
  return { float: toDouble(v) };
}

/** floor/ceil: ints unchanged, floats by pymath, others by their dunder or __float__. */
function rounding(name: 'floor' | 'ceil'): NativeFn {
  return one(name, (x) => {
    if (x instanceof PyFloat) return pymath[name](x.value);
    if (typeof x === 'number' || typeof x === 'bigint') return x;
    if (typeof x === 'boolean') return x ? 1 : 0;
    const hook = x !== null ? lookupType(typeOf(x), `__${name}__`) : undefined;
    if (hook !== undefined) return callMethodDescr(hook, x, []);
    return pymath[name](toDouble(x));
  });
}

function trunc(x: PyValue): PyValue {
  if (x instanceof PyFloat) return pymath.trunc(x.value);
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  const hook = x !== null ? lookupType(typeOf(x), '__trunc__') : undefined;
  if (hook === undefined) typeError(`type ${typeName(x)} doesn't define __trunc__ method`);
  return callMethodDescr(hook, x, []);
}

function doubles(v: PyValue): number[] {
  const out: number[] = [];
  const it = getIter(v);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(toDouble(x));
  return out;
}

function log(args: PyValue[], kwnames: Kw): PyValue {
  noKeywords('log', kwnames);
  if (args.length < 1 || args.length > 2) typeError('math.log requires 1 to 2 arguments');
  return guard(() => f(pymath.log(real(args[0]!), args.length > 1 ? real(args[1]!) : undefined)));
}

/** prod(iterable, /, *, start=1): Python's * folded left, so any operands work. */
function prod(args: PyValue[], kwnames: Kw): PyValue {
  const { pos, kw } = splitArgs(args, kwnames);
  for (const k of kw.keys()) if (k !== 'start') typeError(`prod() got an unexpected keyword argument '${k}'`);
  if (pos.length !== 1) typeError(`prod() takes exactly 1 positional argument (${pos.length} given)`);
  let acc: PyValue = kw.has('start') ? kw.get('start')! : 1;
  const it = getIter(pos[0]!);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) acc = binaryOp(MUL, acc, x);
  return acc;
}

function isclose(args: PyValue[], kwnames: Kw): PyValue {
  const { pos, kw } = splitArgs(args, kwnames);
  for (const k of kw.keys()) if (!['a', 'b', 'rel_tol', 'abs_tol'].includes(k)) typeError(`isclose() got an unexpected keyword argument '${k}'`);
  if (pos.length > 2) typeError(`isclose() takes exactly 2 positional arguments (${pos.length} given)`);
  const a = pos.length > 0 ? pos[0]! : kw.get('a');
  const b = pos.length > 1 ? pos[1]! : kw.get('b');
  if (a === undefined) typeError("isclose() missing required argument 'a' (pos 1)");
  if (b === undefined) typeError("isclose() missing required argument 'b' (pos 2)");
  const rel = kw.has('rel_tol') ? toDouble(kw.get('rel_tol')!) : 1e-9;
  const abs = kw.has('abs_tol') ? toDouble(kw.get('abs_tol')!) : 0.0;
  return guard(() => pymath.isclose(toDouble(a), toDouble(b), rel, abs));
}

function intsVarargs(name: 'gcd' | 'lcm'): NativeFn {
  return (args, kwnames) => {
    noKeywords(name, kwnames);
    const ints = args.map(toInt);
    return guard(() => pymath[name](...ints));
  };
}

function floatFunctions(): Record<string, NativeFn> {
  const names = ['sqrt', 'cbrt', 'exp', 'exp2', 'expm1', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh',
    'tanh', 'asinh', 'acosh', 'atanh', 'erf', 'erfc', 'gamma', 'lgamma', 'fabs', 'degrees', 'radians', 'ulp'] as const;
  const fns: Record<string, NativeFn> = {};
  for (const name of names) fns[name] = float1(name, pymath[name]);
  for (const name of ['pow', 'atan2', 'copysign', 'fmod', 'remainder', 'nextafter'] as const) fns[name] = float2(name, pymath[name]);
  for (const name of ['isfinite', 'isinf', 'isnan'] as const) fns[name] = one(name, (x) => pymath[name](toDouble(x)));
  fns['log2'] = one('log2', (x) => f(pymath.log2(real(x))));
  fns['log10'] = one('log10', (x) => f(pymath.log10(real(x))));
  return fns;
}

function otherFunctions(): Record<string, NativeFn> {
  return {
    log,
    prod,
    isclose,
    floor: rounding('floor'),
    ceil: rounding('ceil'),
    trunc: one('trunc', trunc),
    frexp: one('frexp', (x) => {
      const [m, e] = pymath.frexp(toDouble(x));
      return new PyTuple([f(m), e]);
    }),
    modf: one('modf', (x) => new PyTuple(pymath.modf(toDouble(x)).map(f))),
    ldexp: two('ldexp', (x, i) => {
      if (typeof i !== 'number' && typeof i !== 'bigint' && typeof i !== 'boolean') typeError('Expected an int as second argument to ldexp.');
      return f(pymath.ldexp(toDouble(x), toInt(i)));
    }),
    fsum: one('fsum', (x) => f(pymath.fsum(doubles(x)))),
    hypot: (args, kwnames) => (noKeywords('hypot', kwnames), guard(() => f(pymath.hypot(...args.map(toDouble))))),
    dist: two('dist', (p, q) => f(pymath.dist(toArray(p).map(toDouble), toArray(q).map(toDouble)))),
    factorial: one('factorial', (x) => pymath.factorial(toInt(x))),
    isqrt: one('isqrt', (x) => pymath.isqrt(toInt(x))),
    gcd: intsVarargs('gcd'),
    lcm: intsVarargs('lcm'),
    comb: two('comb', (n, k) => pymath.comb(toInt(n), toInt(k))),
    perm: (args, kwnames) => {
      arity('perm', args, kwnames, 1, 2);
      const k: Int | null = args.length > 1 && args[1] !== null ? toInt(args[1]!) : null;
      return guard(() => pymath.perm(toInt(args[0]!), k));
    },
  };
}

export function create(): PyModule {
  const module = new PyModule('math');
  for (const name of ['pi', 'e', 'tau', 'inf', 'nan'] as const) module.dict.set(name, f(pymath[name]));
  defFunctions(module, { ...floatFunctions(), ...otherFunctions() });
  return module;
}
