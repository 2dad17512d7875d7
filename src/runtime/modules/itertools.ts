// The itertools module (https://docs.python.org/3.11/library/itertools.html): lazy iterators
// as PyNativeIterator objects whose classes carry CPython's names (`type(x).__name__` is
// 'count', the class repr `<class 'itertools.count'>`). Where consumption order is observable
// (islice, zip_longest) the steps follow Modules/itertoolsmodule.c. The combinatoric
// iterators live in itertools-combinatoric.ts, groupby and tee in itertools-grouping.ts.

import { raise, typeError } from '../exceptions.js';
import { PyBuiltinFunction, PyModule, PyNativeIterator } from '../objects.js';
import { binaryOp } from '../operators.js';
import { call, getIter, iterNext, lookupType, repr, toArray, truthy } from '../protocols.js';
import type { PyType } from '../type-object.js';
import { typeOf } from '../types.js';
import { PyFloat, PyTuple, type PyValue } from '../values.js';
import { arity, bindNative, defClassMethod, defMethod, defStatic, noKeywords } from '../builtins/define.js';
import {
  combinationsNew, combinationsWithReplacementNew, permutationsNew, productNew,
} from './itertools-combinatoric.js';
import { TeeIterator, groupbyMaker, teeFunction } from './itertools-grouping.js';
import { clinicArity, iteratorClass, oneArg, splitArgs, toInt, toSmallInt, type Kw } from './module-util.js';

const ADD = 0;

/** A native iterator with visible state (for reprs such as `count(5)`). */
class StatefulIterator<S> extends PyNativeIterator {
  constructor(readonly state: S, next: (state: S) => PyValue | undefined, type: PyType) {
    super(() => next(state), type);
  }
}

type Make = (cls: PyType, args: PyValue[], kwnames: Kw) => PyValue;

/** Defines an itertools class whose constructor is `make`. */
function iterClass(module: PyModule, name: string, make: Make): PyType {
  const cls = iteratorClass(name, 'itertools');
  defStatic(cls, '__new__', (args, kwnames) => make(args[0] as PyType, args.slice(1), kwnames));
  module.dict.set(name, cls);
  return cls;
}

function add(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return binaryOp(ADD, a, b);
}

// --- infinite iterators

interface CountState { n: PyValue; step: PyValue }

function isNumber(v: PyValue): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat) return true;
  const type = typeOf(v);
  return v !== null && ['__index__', '__int__', '__float__'].some((n) => lookupType(type, n) !== undefined);
}

const countNew: Make = (cls, args, kwnames) => {
  const [start, step] = bindNative('count', args, kwnames, ['start', 'step']);
  const state: CountState = { n: start === undefined ? 0 : start, step: step === undefined ? 1 : step };
  if (!isNumber(state.n) || !isNumber(state.step)) typeError('a number is required');
  return new StatefulIterator(state, (s) => {
    const v = s.n;
    s.n = add(v, s.step);
    return v;
  }, cls);
};

function countRepr(self: PyValue): string {
  const s = (self as StatefulIterator<CountState>).state;
  const name = typeOf(self).name;
  return s.step === 1 || s.step === true ? `${name}(${repr(s.n)})` : `${name}(${repr(s.n)}, ${repr(s.step)})`;
}

const cycleNew: Make = (cls, args, kwnames) => {
  clinicArity('cycle', args, kwnames, 1);
  const it = getIter(args[0]!);
  const saved: PyValue[] = [];
  let firstPass = true;
  let i = 0;
  return new PyNativeIterator(() => {
    if (firstPass) {
      const v = iterNext(it);
      if (v !== undefined) {
        saved.push(v);
        return v;
      }
      firstPass = false;
    }
    if (saved.length === 0) return undefined;
    const v = saved[i]!;
    i = (i + 1) % saved.length;
    return v;
  }, cls);
};

interface RepeatState { value: PyValue; times: number | null }

const repeatNew: Make = (cls, args, kwnames) => {
  const [value, times] = bindNative('repeat', args, kwnames, ['object', 'times'], 1);
  const n = times === undefined ? null : Math.max(0, toSmallInt(times));
  return new StatefulIterator<RepeatState>({ value: value!, times: n }, (s) => {
    if (s.times === null) return s.value;
    if (s.times === 0) return undefined;
    s.times--;
    return s.value;
  }, cls);
};

function repeatRepr(self: PyValue): string {
  const s = (self as StatefulIterator<RepeatState>).state;
  const name = typeOf(self).name;
  return s.times === null ? `${name}(${repr(s.value)})` : `${name}(${repr(s.value)}, ${s.times})`;
}

// --- chain, islice

/** Iterates the iterables produced by `source` one after another. */
function chainOf(cls: PyType, source: PyValue): PyNativeIterator {
  let active: PyValue | null = null;
  let sourceDone = false;
  return new PyNativeIterator(() => {
    for (;;) {
      if (active === null) {
        if (sourceDone) return undefined;
        const next = iterNext(source);
        if (next === undefined) {
          sourceDone = true;
          return undefined;
        }
        active = getIter(next);
      }
      const v = iterNext(active);
      if (v !== undefined) return v;
      active = null;
    }
  }, cls);
}

const chainNew: Make = (cls, args, kwnames) => {
  noKeywords('chain', kwnames);
  return chainOf(cls, getIter(new PyTuple(args.slice())));
};

const STOP_MESSAGE = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
const INDEX_MESSAGE = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';

/** PyNumber_AsSsize_t with errors cleared: -1 for anything that is not an int. */
function isliceArg(v: PyValue | undefined, dflt: number): number {
  if (v === undefined || v === null) return dflt;
  try {
    const n = toInt(v);
    return typeof n === 'bigint' ? (n > 0n ? Number.MAX_SAFE_INTEGER : -1) : n;
  } catch {
    return -1;
  }
}

const isliceNew: Make = (cls, args, kwnames) => {
  arity('islice', args, kwnames, 2, 4);
  let start = 0;
  let stop: number;
  if (args.length === 2) {
    stop = isliceArg(args[1], -1);
    if (stop === -1 && args[1] !== null) raise('ValueError', STOP_MESSAGE);
  } else {
    start = isliceArg(args[1], 0);
    stop = isliceArg(args[2], -1);
    if (stop === -1 && args[2] !== null) raise('ValueError', STOP_MESSAGE);
  }
  if (start < 0 || stop < -1) raise('ValueError', INDEX_MESSAGE);
  const step = args.length === 4 ? isliceArg(args[3], 1) : 1;
  if (step < 1) raise('ValueError', 'Step for islice() must be a positive integer or None.');
  return isliceIterator(cls, getIter(args[0]!), start, stop, step);
};

/** islice_next: skips to `next`, yields one item, and never reads past `stop`. */
function isliceIterator(cls: PyType, source: PyValue, next: number, stop: number, step: number): PyNativeIterator {
  let it: PyValue | null = source;
  let cnt = 0;
  const empty = (): undefined => {
    it = null;
    return undefined;
  };
  return new PyNativeIterator(() => {
    if (it === null) return undefined;
    for (; cnt < next; cnt++) {
      if (iterNext(it) === undefined) return empty();
    }
    if (stop !== -1 && cnt >= stop) return empty();
    const item = iterNext(it);
    if (item === undefined) return empty();
    cnt++;
    const old = next;
    next += step;
    if (next < old || (stop !== -1 && next > stop)) next = stop;
    return item;
  }, cls);
}

// --- accumulate, zip_longest, pairwise

const accumulateNew: Make = (cls, args, kwnames) => {
  const { pos, kw } = splitArgs(args, kwnames);
  if (pos.length > 2) typeError(`accumulate() takes at most 2 positional arguments (${pos.length} given)`);
  const [iterable, func] = bindNative('accumulate', args, kwnames, ['iterable', 'func', 'initial'], 1);
  const it = getIter(iterable!);
  const binop = func ?? null;
  let initial = kw.get('initial') ?? null;
  let total: PyValue | undefined;
  return new PyNativeIterator(() => {
    if (initial !== null) {
      total = initial;
      initial = null;
      return total;
    }
    const v = iterNext(it);
    if (v === undefined) return undefined;
    total = total === undefined ? v : binop === null ? add(total, v) : call(binop, [total, v]);
    return total;
  }, cls);
};

const zipLongestNew: Make = (cls, args, kwnames) => {
  const { pos, kw } = splitArgs(args, kwnames);
  for (const key of kw.keys()) if (key !== 'fillvalue') typeError('zip_longest() got an unexpected keyword argument');
  const fill = kw.get('fillvalue') ?? null;
  const its: Array<PyValue | null> = pos.map(getIter);
  let active = its.length;
  return new PyNativeIterator(() => {
    if (its.length === 0 || active === 0) return undefined;
    const items: PyValue[] = [];
    for (let i = 0; i < its.length; i++) {
      const it = its[i]!;
      let v = it === null ? fill : iterNext(it);
      if (v === undefined) {
        active--;
        if (active === 0) return undefined;
        its[i] = null;
        v = fill;
      }
      items.push(v);
    }
    return new PyTuple(items);
  }, cls);
};

const pairwiseNew: Make = (cls, args, kwnames) => {
  clinicArity('pairwise', args, kwnames, 1);
  let it: PyValue | null = getIter(args[0]!);
  let old: PyValue | undefined;
  return new PyNativeIterator(() => {
    if (it === null) return undefined;
    if (old === undefined) old = iterNext(it);
    const next = old === undefined ? undefined : iterNext(it);
    if (next === undefined) {
      it = null;
      return undefined;
    }
    const pair = new PyTuple([old!, next]);
    old = next;
    return pair;
  }, cls);
};

// --- filtering and mapping

function predicateIterator(cls: PyType, name: string, args: PyValue[], kwnames: Kw, mode: 'take' | 'drop' | 'false'): PyValue {
  clinicArity(name, args, kwnames, 2);
  const pred = args[0]!;
  const it = getIter(args[1]!);
  let phaseDone = false;
  const test = (v: PyValue): boolean => (pred === null && mode === 'false' ? truthy(v) : truthy(call(pred, [v])));
  return new PyNativeIterator(() => {
    for (;;) {
      if (mode === 'take' && phaseDone) return undefined;
      const v = iterNext(it);
      if (v === undefined) return undefined;
      if (mode === 'false') {
        if (!test(v)) return v;
      } else if (mode === 'take') {
        if (test(v)) return v;
        phaseDone = true;
        return undefined;
      } else if (phaseDone || !test(v)) {
        phaseDone = true;
        return v;
      }
    }
  }, cls);
}

const starmapNew: Make = (cls, args, kwnames) => {
  clinicArity('starmap', args, kwnames, 2);
  const func = args[0]!;
  const it = getIter(args[1]!);
  return new PyNativeIterator(() => {
    const v = iterNext(it);
    return v === undefined ? undefined : call(func, toArray(v));
  }, cls);
};

const compressNew: Make = (cls, args, kwnames) => {
  const [data, selectors] = bindNative('compress', args, kwnames, ['data', 'selectors'], 2);
  const dataIt = getIter(data!);
  const selIt = getIter(selectors!);
  return new PyNativeIterator(() => {
    for (;;) {
      const v = iterNext(dataIt);
      if (v === undefined) return undefined;
      const s = iterNext(selIt);
      if (s === undefined) return undefined;
      if (truthy(s)) return v;
    }
  }, cls);
};

// --- the module

function defineBasic(module: PyModule): void {
  defMethod(iterClass(module, 'count', countNew), '__repr__', countRepr);
  iterClass(module, 'cycle', cycleNew);
  defMethod(iterClass(module, 'repeat', repeatNew), '__repr__', repeatRepr);
  const chain = iterClass(module, 'chain', chainNew);
  defClassMethod(chain, 'from_iterable', (args, kwnames) => {
    oneArg('chain.from_iterable', args.slice(1), kwnames);
    return chainOf(args[0] as PyType, getIter(args[1]!));
  });
  iterClass(module, 'islice', isliceNew);
  iterClass(module, 'accumulate', accumulateNew);
  iterClass(module, 'zip_longest', zipLongestNew);
  iterClass(module, 'pairwise', pairwiseNew);
  iterClass(module, 'starmap', starmapNew);
  iterClass(module, 'compress', compressNew);
  iterClass(module, 'takewhile', (cls, a, k) => predicateIterator(cls, 'takewhile', a, k, 'take'));
  iterClass(module, 'dropwhile', (cls, a, k) => predicateIterator(cls, 'dropwhile', a, k, 'drop'));
  iterClass(module, 'filterfalse', (cls, a, k) => predicateIterator(cls, 'filterfalse', a, k, 'false'));
}

export function create(): PyModule {
  const module = new PyModule('itertools');
  defineBasic(module);
  iterClass(module, 'product', productNew);
  iterClass(module, 'permutations', permutationsNew);
  iterClass(module, 'combinations', combinationsNew);
  iterClass(module, 'combinations_with_replacement', combinationsWithReplacementNew);
  const grouperCls = iteratorClass('_grouper', 'itertools');
  iterClass(module, 'groupby', groupbyMaker(grouperCls));
  const teeCls = iteratorClass('_tee', 'itertools');
  defMethod(teeCls, '__copy__', (self) => (self as TeeIterator).copy());
  module.dict.set('_tee', teeCls);
  module.dict.set('tee', new PyBuiltinFunction('tee', teeFunction(teeCls)));
  return module;
}
