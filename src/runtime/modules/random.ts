// The random module (https://docs.python.org/3.11/library/random.html): the Random class over
// random-mt.ts's MersenneTwister (CPython's generator and Lib/random.py's algorithms, so seeded
// sequences match CPython), and module functions bound to a hidden per-VM instance. Argument
// errors use Python-level wording ("Random.randint() missing 1 required positional argument").

import { raise, toGuestException, typeError, typeName } from '../exceptions.js';
import { PyDict, PyFrozenSet, PyMethodDescriptor, PyModule, PySet, type AttrDict, type NativeMethod } from '../objects.js';
import { bindNative, len, lookupType, toArray } from '../protocols.js';
import { MersenneTwister } from '../random-mt.js';
import { getItem, setItem } from '../subscript.js';
import type { PyType } from '../type-object.js';
import { typeOf } from '../types.js';
import { PyBytes, PyFloat, PyList, PyObject, PyTuple, type PyValue } from '../values.js';
import { defMethods, defStatic } from '../builtins/define.js';
import { betavariate, gammavariate, paretovariate, vonmisesvariate, weibullvariate } from './random-dists.js';
import { bindPython, nativeClass, toDouble, toInt, toSmallInt, type Int, type Kw } from './module-util.js';
import { seedArg } from './random-seed.js';

export class PyRandom extends PyObject {
  mt = new MersenneTwister(0);
  attrs: AttrDict | null = null;
  constructor(type: PyType) {
    super();
    this.type = type;
  }
}

const mtOf = (self: PyValue): MersenneTwister => (self as PyRandom).mt;
const f = (x: number): PyFloat => new PyFloat(x);

/** Runs random-mt code, turning its PyHostErrors into guest exceptions. */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw toGuestException(e);
  }
}

function isIntLike(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || (v !== null && lookupType(typeOf(v), '__index__') !== undefined);
}

/** randrange's _index-or-integral-float conversion (3.11 still accepts 10.0, with a warning). */
function rangeArg(v: PyValue, what: string): Int {
  if (isIntLike(v)) return toInt(v);
  if (v instanceof PyFloat) {
    if (!Number.isInteger(v.value)) raise('ValueError', `non-integer ${what} for randrange()`);
    return Number.isSafeInteger(v.value) ? v.value : BigInt(v.value);
  }
  return typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

// --- integers and floats

const basics: Record<string, NativeMethod> = {
  random(self, args, kwnames) {
    if (args.length > 0 || (kwnames !== null && kwnames.length > 0)) typeError(`Random.random() takes no arguments (${args.length} given)`);
    return f(mtOf(self).random());
  },
  getrandbits(self, args, kwnames) {
    if (args.length !== 1 || (kwnames !== null && kwnames.length > 0)) typeError(`Random.getrandbits() takes exactly one argument (${args.length} given)`);
    return guard(() => mtOf(self).getrandbits(toSmallInt(args[0]!)));
  },
  randbytes(self, args, kwnames) {
    const [n] = bindPython('Random.randbytes', args, kwnames, ['n'], 1);
    const count = toSmallInt(n!);
    let v = BigInt(guard(() => mtOf(self).getrandbits(count * 8)));
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++, v >>= 8n) out[i] = Number(v & 0xffn);
    return new PyBytes(out);
  },
  seed(self, args, kwnames) {
    const [a, version] = bindPython('Random.seed', args, kwnames, ['a', 'version'], 0);
    seedArg(mtOf(self), a ?? null, version === undefined ? 2 : toSmallInt(version));
    return null;
  },
  randrange(self, args, kwnames) {
    const [start, stop, step] = bindPython('Random.randrange', args, kwnames, ['start', 'stop', 'step'], 1);
    const istart = rangeArg(start!, 'arg 1');
    if (stop === undefined || stop === null) {
      if (step !== undefined && step !== 1) typeError('Missing a non-None stop argument');
      return guard(() => mtOf(self).randrange(istart));
    }
    const istop = rangeArg(stop, 'stop');
    const istep = step === undefined ? 1 : rangeArg(step, 'step');
    return guard(() => mtOf(self).randrange(istart, istop, istep));
  },
  randint(self, args, kwnames) {
    const [a, b] = bindPython('Random.randint', args, kwnames, ['a', 'b'], 2);
    return guard(() => mtOf(self).randint(rangeArg(a!, 'arg 1'), rangeArg(b!, 'stop')));
  },
};

// --- sequences

/** random.Sequence: indexable with a length, and not a mapping or set. */
function checkSequence(v: PyValue): void {
  const ok = !(v instanceof PyDict || v instanceof PySet || v instanceof PyFrozenSet)
    && (typeof v === 'string' || (v !== null && lookupType(typeOf(v), '__getitem__') !== undefined && lookupType(typeOf(v), '__len__') !== undefined)
      || v instanceof PyList || v instanceof PyTuple);
  if (!ok) typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
}

function shuffle(self: PyValue, args: PyValue[], kwnames: Kw): PyValue {
  const [x] = bindPython('Random.shuffle', args, kwnames, ['x'], 1);
  if (x instanceof PyList && !typeOf(x).isHeapType) {
    mtOf(self).shuffle(x.items);
    return null;
  }
  const original = Array.from({ length: len(x!) }, (_, i) => getItem(x!, i));
  const order = original.map((_, i) => i);
  mtOf(self).shuffle(order);
  order.forEach((j, i) => setItem(x!, i, original[j]!));
  return null;
}

function sample(self: PyValue, args: PyValue[], kwnames: Kw): PyValue {
  const [population, k, counts] = bindPython('Random.sample', args, kwnames, ['population', 'k'], 2, ['counts']);
  checkSequence(population!);
  const n = len(population!);
  const size = toSmallInt(k!);
  let indices: number[];
  if (counts !== undefined && counts !== null) {
    const cs = toArray(counts);
    if (cs.length !== n) raise('ValueError', 'The number of counts does not match the population');
    if (cs.some((c) => !isIntLike(c))) typeError('Counts must be integers');
    indices = guard(() => mtOf(self).sampleCounts(cs.map((c) => Number(toInt(c))), size));
  } else {
    indices = guard(() => mtOf(self).sample(n, size));
  }
  return new PyList(indices.map((i) => getItem(population!, i)));
}

function numbers(v: PyValue): number[] {
  return toArray(v).map((x) => (x instanceof PyFloat ? x.value : Number(toInt(x))));
}

function choices(self: PyValue, args: PyValue[], kwnames: Kw): PyValue {
  const [population, weights, cumWeights, kArg] = bindPython('Random.choices', args, kwnames, ['population', 'weights'], 1, ['cum_weights', 'k']);
  const n = len(population!);
  const k = kArg === undefined ? 1 : toSmallInt(kArg);
  const w = weights ?? null;
  if (w !== null && isIntLike(w) && (cumWeights ?? null) === null) typeError(`The number of choices must be a keyword argument: k=${String(toInt(w))}`);
  const mt = mtOf(self);
  if (n === 0 && w === null && (cumWeights ?? null) === null && k > 0) {
    mt.random();
    return getItem(population!, 0);
  }
  const picks = guard(() => mt.choices(n, k, w === null ? null : numbers(w), (cumWeights ?? null) === null ? null : numbers(cumWeights!)));
  return new PyList(picks.map((i) => getItem(population!, i)));
}

const sequences: Record<string, NativeMethod> = {
  choice(self, args, kwnames) {
    const [seq] = bindPython('Random.choice', args, kwnames, ['seq'], 1);
    return getItem(seq!, guard(() => mtOf(self).choice(len(seq!))));
  },
  shuffle,
  sample,
  choices,
};

// --- distributions

type Dist = (mt: MersenneTwister, ...xs: number[]) => number;

/** A distribution method: parameters converted to floats, defaults where Python has them. */
function dist(name: string, params: readonly string[], defaults: readonly (number | null)[], fn: Dist): NativeMethod {
  const required = defaults.filter((d) => d === null).length;
  return (self, args, kwnames) => {
    const values = bindPython(`Random.${name}`, args, kwnames, params, required);
    const xs = values.map((v, i) => (v === undefined ? defaults[i]! : toDouble(v)));
    return f(guard(() => fn(mtOf(self), ...xs)));
  };
}

function triangular(self: PyValue, args: PyValue[], kwnames: Kw): PyValue {
  const [low, high, mode] = bindPython('Random.triangular', args, kwnames, ['low', 'high', 'mode'], 0);
  const lo = low === undefined ? 0.0 : toDouble(low);
  const hi = high === undefined ? 1.0 : toDouble(high);
  const hasMode = mode !== undefined && mode !== null;
  const r = mtOf(self).triangular(lo, hi, hasMode ? toDouble(mode) : null);
  return hasMode && hi - lo === 0 ? (low ?? f(0.0)) : f(r);
}

const distributions: Record<string, NativeMethod> = {
  uniform: dist('uniform', ['a', 'b'], [null, null], (mt, a, b) => mt.uniform(a!, b!)),
  gauss: dist('gauss', ['mu', 'sigma'], [0.0, 1.0], (mt, mu, sigma) => mt.gauss(mu, sigma)),
  normalvariate: dist('normalvariate', ['mu', 'sigma'], [0.0, 1.0], (mt, mu, sigma) => mt.normalvariate(mu, sigma)),
  lognormvariate: dist('lognormvariate', ['mu', 'sigma'], [null, null], (mt, mu, sigma) => mt.lognormvariate(mu!, sigma!)),
  expovariate: dist('expovariate', ['lambd'], [null], (mt, lambd) => mt.expovariate(lambd!)),
  vonmisesvariate: dist('vonmisesvariate', ['mu', 'kappa'], [null, null], (mt, mu, kappa) => vonmisesvariate(mt, mu!, kappa!)),
  gammavariate: dist('gammavariate', ['alpha', 'beta'], [null, null], (mt, a, b) => gammavariate(mt, a!, b!)),
  betavariate: dist('betavariate', ['alpha', 'beta'], [null, null], (mt, a, b) => betavariate(mt, a!, b!)),
  paretovariate: dist('paretovariate', ['alpha'], [null], (mt, a) => paretovariate(mt, a!)),
  weibullvariate: dist('weibullvariate', ['alpha', 'beta'], [null, null], (mt, a, b) => weibullvariate(mt, a!, b!)),
  triangular,
};

// --- state

const state: Record<string, NativeMethod> = {
  getstate(self) {
    const s = mtOf(self).getstate();
    return new PyTuple([s.version, new PyTuple(s.internal), s.gaussNext === null ? null : f(s.gaussNext)]);
  },
  setstate(self, args, kwnames) {
    const [st] = bindPython('Random.setstate', args, kwnames, ['state'], 1);
    const items = toArray(st!);
    const version = items[0] ?? null;
    if (version !== 3) raise('ValueError', `state with version ${String(version)} passed to Random.setstate() of version 3`);
    if (items.length !== 3) raise('ValueError', `${items.length > 3 ? 'too many' : 'not enough'} values to unpack (expected 3${items.length < 3 ? `, got ${items.length}` : ''})`);
    const internal = items[1]!;
    if (!(internal instanceof PyTuple)) typeError('state vector must be a tuple');
    const gauss = items[2]!;
    guard(() => mtOf(self).setstate({ version: 3, internal: internal.items.map(toInt), gaussNext: gauss === null ? null : toDouble(gauss) }));
    return null;
  },
};

export function create(): PyModule {
  const module = new PyModule('random');
  const cls = nativeClass('Random', 'random');
  defStatic(cls, '__new__', (args) => {
    const r = new PyRandom(args[0] as PyType);
    if (args[0] !== cls) r.attrs = Object.create(null) as AttrDict;
    return r;
  });
  defMethods(cls, { ...basics, ...sequences, ...distributions, ...state });
  defMethods(cls, {
    __init__(self, args, kwnames) {
      const [x] = bindPython('Random.__init__', args, kwnames, ['x'], 0);
      seedArg(mtOf(self), x ?? null, 2);
      return null;
    },
  });
  module.dict.set('Random', cls);
  const inst = new PyRandom(cls);
  seedArg(inst.mt, null, 2);
  for (const [name, descr] of cls.dict) {
    if (descr instanceof PyMethodDescriptor && !name.startsWith('_')) module.dict.set(name, bindNative(descr, inst));
  }
  module.dict.set('_inst', inst);
  return module;
}
