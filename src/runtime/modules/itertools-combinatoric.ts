// The combinatoric iterators of itertools (product, permutations, combinations,
// combinations_with_replacement): pools are materialized eagerly, results produced lazily
// by JS generators that follow the index algorithms of the itertools documentation
// (https://docs.python.org/3.11/library/itertools.html#itertools.permutations), which
// produce CPython's order.

import { raise, typeError } from '../exceptions.js';
import { PyNativeIterator } from '../objects.js';
import { toArray } from '../protocols.js';
import type { PyType } from '../type-object.js';
import { PyTuple, type PyValue } from '../values.js';
import { bindNative } from '../builtins/define.js';
import { splitArgs, toSmallInt, type Kw } from './module-util.js';

/** Wraps a JS generator as a native iterator of class `type`. */
export function fromGenerator(gen: Generator<PyValue, void>, type: PyType): PyNativeIterator {
  return new PyNativeIterator(() => {
    const r = gen.next();
    return r.done ? undefined : r.value;
  }, type);
}

function pick(pool: PyValue[], indices: readonly number[], r = indices.length): PyTuple {
  const items = new Array<PyValue>(r);
  for (let i = 0; i < r; i++) items[i] = pool[indices[i]!]!;
  return new PyTuple(items);
}

// --- product(*iterables, repeat=1)

function* productGen(pools: PyValue[][]): Generator<PyValue, void> {
  if (pools.some((p) => p.length === 0)) return;
  const indices = pools.map(() => 0);
  const n = pools.length;
  for (;;) {
    yield new PyTuple(indices.map((j, i) => pools[i]![j]!));
    let i = n - 1;
    for (; i >= 0; i--) {
      if (++indices[i]! < pools[i]!.length) break;
      indices[i] = 0;
    }
    if (i < 0) return;
  }
}

export function productNew(cls: PyType, args: PyValue[], kwnames: Kw): PyValue {
  const { pos, kw } = splitArgs(args, kwnames);
  for (const key of kw.keys()) if (key !== 'repeat') typeError(`'${key}' is an invalid keyword argument for product()`);
  const repeat = kw.has('repeat') ? toSmallInt(kw.get('repeat')!) : 1;
  if (repeat < 0) raise('ValueError', 'repeat argument cannot be negative');
  const base = pos.map(toArray);
  const pools: PyValue[][] = [];
  for (let r = 0; r < repeat; r++) pools.push(...base);
  return fromGenerator(productGen(pools), cls);
}

// --- permutations(iterable, r=None)

function* permutationsGen(pool: PyValue[], r: number): Generator<PyValue, void> {
  const n = pool.length;
  if (r > n) return;
  const indices = pool.map((_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  yield pick(pool, indices, r);
  while (n > 0) {
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i]!--;
      if (cycles[i] === 0) {
        indices.push(indices.splice(i, 1)[0]!);
        cycles[i] = n - i;
      } else {
        const j = n - cycles[i]!;
        [indices[i], indices[j]] = [indices[j]!, indices[i]!];
        yield pick(pool, indices, r);
        break;
      }
    }
    if (i < 0) return;
  }
}

export function permutationsNew(cls: PyType, args: PyValue[], kwnames: Kw): PyValue {
  const [iterable, rArg] = bindNative('permutations', args, kwnames, ['iterable', 'r'], 1);
  const pool = toArray(iterable!);
  let r = pool.length;
  if (rArg !== undefined && rArg !== null) {
    if (typeof rArg !== 'number' && typeof rArg !== 'bigint' && typeof rArg !== 'boolean') typeError('Expected int as r');
    r = toSmallInt(rArg);
  }
  if (r < 0) raise('ValueError', 'r must be non-negative');
  return fromGenerator(permutationsGen(pool, r), cls);
}

// --- combinations(iterable, r), combinations_with_replacement(iterable, r)

function* combinationsGen(pool: PyValue[], r: number): Generator<PyValue, void> {
  const n = pool.length;
  if (r > n) return;
  const indices = Array.from({ length: r }, (_, i) => i);
  yield pick(pool, indices);
  for (;;) {
    let i = r - 1;
    while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) return;
    indices[i]!++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1]! + 1;
    yield pick(pool, indices);
  }
}

function* combinationsWithReplacementGen(pool: PyValue[], r: number): Generator<PyValue, void> {
  const n = pool.length;
  if (n === 0 && r > 0) return;
  const indices = new Array<number>(r).fill(0);
  yield pick(pool, indices);
  for (;;) {
    let i = r - 1;
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) return;
    const v = indices[i]! + 1;
    for (let j = i; j < r; j++) indices[j] = v;
    yield pick(pool, indices);
  }
}

function combinationsArgs(name: string, args: PyValue[], kwnames: Kw): { pool: PyValue[]; r: number } {
  const [iterable, rArg] = bindNative(name, args, kwnames, ['iterable', 'r'], 2);
  const pool = toArray(iterable!);
  const r = toSmallInt(rArg!);
  if (r < 0) raise('ValueError', 'r must be non-negative');
  return { pool, r };
}

export function combinationsNew(cls: PyType, args: PyValue[], kwnames: Kw): PyValue {
  const { pool, r } = combinationsArgs('combinations', args, kwnames);
  return fromGenerator(combinationsGen(pool, r), cls);
}

export function combinationsWithReplacementNew(cls: PyType, args: PyValue[], kwnames: Kw): PyValue {
  const { pool, r } = combinationsArgs('combinations_with_replacement', args, kwnames);
  return fromGenerator(combinationsWithReplacementGen(pool, r), cls);
}
