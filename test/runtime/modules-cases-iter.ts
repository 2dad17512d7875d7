// itertools and functools cases: each re-enacts the Python snippet of the same name in
// record_modules.py by calling the module natives, returning the value whose repr is compared.

import { callType, iterNext, repr } from '../../src/runtime/protocols.js';
import type { PyList, PyTuple, PyValue } from '../../src/runtime/values.js';
import {
  F, L, M, N, T, at, ca, ck, classV, emptyClass, fn, iter, list, me, next, op, range, rec,
} from './modules-dsl.js';

export type Cases = Record<string, () => PyValue>;

const I = (name: string): PyValue => M('itertools', name);
const FT = (name: string): PyValue => M('functools', name);
const O = (name: string): PyValue => M('operator', name);
const islice = (...args: PyValue[]): PyValue => ca(I('islice'), ...args);

export const ITERTOOLS_CASES: Cases = {
  'itertools.count.islice': () => list(islice(ca(I('count'), 10, 5), 4)),
  'itertools.count.float': () => list(islice(ca(I('count'), F(1.5), F(0.5)), 3)),
  'itertools.count.repr': () => me(ca(I('count'), 5), '__repr__'),
  'itertools.count.repr_float_step': () => me(ca(I('count'), 0, F(1.0)), '__repr__'),
  'itertools.count.repr_advanced': () => {
    const c = ca(I('count'), 3, 2);
    next(c);
    next(c);
    return me(c, '__repr__');
  },
  'itertools.count.not_number': () => ca(I('count'), 'a'),
  'itertools.count.too_many': () => ca(I('count'), 1, 2, 3),
  'itertools.count.bigint': () => {
    const c = ca(I('count'), 2 ** 53 - 1);
    return L(next(c), next(c));
  },
  'itertools.cycle': () => {
    const c = ca(I('cycle'), 'AB');
    return L(...Array.from({ length: 5 }, () => next(c)));
  },
  'itertools.cycle.empty': () => list(ca(I('cycle'), L())),
  'itertools.cycle.arity': () => ca(I('cycle')),
  'itertools.repeat.times': () => list(ca(I('repeat'), 'x', 3)),
  'itertools.repeat.repr': () => {
    const r = ca(I('repeat'), 1, 3);
    next(r);
    return me(r, '__repr__');
  },
  'itertools.repeat.repr_forever': () => me(ca(I('repeat'), 'a'), '__repr__'),
  'itertools.repeat.negative': () => me(ca(I('repeat'), 1, -3), '__repr__'),
  'itertools.repeat.float_times': () => ca(I('repeat'), 1, F(1.5)),
  'itertools.chain': () => list(ca(I('chain'), L(1, 2), T(3), 'ab')),
  'itertools.chain.from_iterable': () => list(ca(I('chain.from_iterable'), L(L(1), L(2, 3), L()))),
  'itertools.chain.lazy_error': () => {
    const c = ca(I('chain'), L(1), 5);
    return L(next(c), next(c));
  },
  'itertools.chain.keywords': () => ck(I('chain'), [], { x: 1 }),
  'itertools.islice.step': () => list(islice(range(10), 2, 8, 3)),
  'itertools.islice.none_stop': () => list(islice('abcdef', 1, N)),
  'itertools.islice.consumption': () => {
    const it = iter(range(10));
    return T(list(islice(it, 3)), next(it));
  },
  'itertools.islice.skip_consumption': () => {
    const it = iter(range(10));
    return T(list(islice(it, 2, 4)), next(it));
  },
  'itertools.islice.bad_stop': () => islice(L(), -1),
  'itertools.islice.float_stop': () => islice(L(), F(1.5)),
  'itertools.islice.bad_start': () => islice(L(), -2, 5),
  'itertools.islice.bad_step': () => islice(L(), 1, 2, 0),
  'itertools.islice.arity': () => islice(L()),
  'itertools.product': () => list(ca(I('product'), 'ab', L(1, 2))),
  'itertools.product.repeat': () => list(ck(I('product'), [range(2)], { repeat: 3 })),
  'itertools.product.empty': () => T(list(ca(I('product'))), list(ca(I('product'), 'ab', L()))),
  'itertools.product.negative': () => ck(I('product'), ['a'], { repeat: -1 }),
  'itertools.product.bad_keyword': () => ck(I('product'), ['a'], { times: 2 }),
  'itertools.permutations': () => list(ca(I('permutations'), L(1, 2, 3))),
  'itertools.permutations.r': () => list(ca(I('permutations'), 'abcd', 2)),
  'itertools.permutations.edge': () => T(list(ca(I('permutations'), range(3), 0)), list(ca(I('permutations'), L(1), 2))),
  'itertools.permutations.float_r': () => ca(I('permutations'), L(1), F(1.5)),
  'itertools.permutations.negative': () => ca(I('permutations'), L(1), -1),
  'itertools.combinations': () => list(ca(I('combinations'), range(5), 3)),
  'itertools.combinations.edge': () => T(list(ca(I('combinations'), L(1, 2), 0)), list(ca(I('combinations'), L(1, 2), 3))),
  'itertools.combinations.missing_r': () => ca(I('combinations'), L(1)),
  'itertools.combinations.negative': () => ca(I('combinations'), L(1), -1),
  'itertools.cwr': () => list(ca(I('combinations_with_replacement'), 'abc', 2)),
  'itertools.cwr.empty': () => T(list(ca(I('combinations_with_replacement'), '', 2)), list(ca(I('combinations_with_replacement'), '', 0))),
  'itertools.accumulate': () => list(ca(I('accumulate'), L(1, 2, 3, 4, 5))),
  'itertools.accumulate.func': () => list(ca(I('accumulate'), L(1, 2, 3, 4), O('mul'))),
  'itertools.accumulate.initial': () => T(list(ck(I('accumulate'), [L(1, 2, 3)], { initial: 100 })), list(ck(I('accumulate'), [L()], { initial: 0 }))),
  'itertools.accumulate.floats': () => list(ca(I('accumulate'), L(F(0.1), F(0.1), F(0.1), F(0.1)))),
  'itertools.accumulate.strings': () => list(ca(I('accumulate'), 'abc')),
  'itertools.accumulate.positional_initial': () => ca(I('accumulate'), L(1), N, 5),
  'itertools.zip_longest': () => list(ca(I('zip_longest'), 'abc', L(1))),
  'itertools.zip_longest.fill': () => list(ck(I('zip_longest'), ['ab', 'wxyz'], { fillvalue: '-' })),
  'itertools.zip_longest.none': () => list(ca(I('zip_longest'))),
  'itertools.zip_longest.bad_keyword': () => ck(I('zip_longest'), [L()], { x: 1 }),
  'itertools.takewhile': () => list(ca(I('takewhile'), fn((x) => op.lt(x, 5)), L(1, 4, 6, 4, 1))),
  'itertools.dropwhile': () => list(ca(I('dropwhile'), fn((x) => op.lt(x, 5)), L(1, 4, 6, 4, 1))),
  'itertools.filterfalse': () => list(ca(I('filterfalse'), fn((x) => op.mod(x, 2)), range(10))),
  'itertools.filterfalse.none': () => list(ca(I('filterfalse'), N, L(0, 1, '', 'a', N))),
  'itertools.starmap': () => list(ca(I('starmap'), O('pow'), L(T(2, 5), T(3, 2)))),
  'itertools.starmap.not_iterable': () => next(ca(I('starmap'), O('pow'), L(1))),
  'itertools.compress': () => list(ca(I('compress'), 'ABCDEF', L(1, 0, 1, 0, 1, 1))),
  'itertools.groupby': () => groups(ca(I('groupby'), 'AAAABBBCCDAABBB')),
  'itertools.groupby.key': () => groups(ck(I('groupby'), [L(1, 3, 2, 4, 5)], { key: fn((x) => op.mod(x, 2)) })),
  'itertools.groupby.skipped_group': () => {
    const g = ca(I('groupby'), 'aabbc');
    const [k1, g1] = pair(next(g));
    const [k2, g2] = pair(next(g));
    return T(k1, list(g1), k2, list(g2));
  },
  'itertools.groupby.partial_group': () => {
    const g = ca(I('groupby'), 'aaabbc');
    const [k1, g1] = pair(next(g));
    const first = next(g1);
    const [k2, g2] = pair(next(g));
    return T(k1, first, k2, list(g2), list(g1));
  },
  'itertools.tee': () => {
    const [a, b] = (ca(I('tee'), L(1, 2, 3)) as PyTuple).items;
    return T(list(a!), list(b!));
  },
  'itertools.tee.interleaved': () => {
    const [a, b, c] = (ca(I('tee'), iter(range(4)), 3) as PyTuple).items as [PyValue, PyValue, PyValue];
    return T(next(a), next(a), next(b), list(c), list(a), list(b));
  },
  'itertools.tee.negative': () => ca(I('tee'), L(1), -1),
  'itertools.tee.zero': () => ca(I('tee'), L(1), 0),
  'itertools.pairwise': () => T(list(ca(I('pairwise'), 'abcd')), list(ca(I('pairwise'), 'a'))),
  'itertools.type_names': () => L(...[ca(I('count')), ca(I('chain')), islice(L(), 1), ca(I('groupby'), ''),
    (ca(I('tee'), L()) as PyTuple).items[0]!, ca(I('product'))].map((x) => at(at(x, '__class__'), '__name__'))),
  'itertools.class_repr': () => repr(I('chain')),
};

function pair(v: PyValue): [PyValue, PyValue] {
  const items = (v as PyTuple).items;
  return [items[0]!, items[1]!];
}

/** [(k, list(g)) for k, g in groupby] */
function groups(g: PyValue): PyValue {
  const out: PyValue[] = [];
  const it = iter(g);
  for (let item = iterNext(it); item !== undefined; item = iterNext(it)) {
    const [k, grp] = pair(item);
    out.push(T(k, list(grp)));
  }
  return L(...out);
}

/** lambda x: calls.append(x) or x * x, with `calls` the returned list. */
function squaring(): { calls: PyList; f: PyValue } {
  const calls = L();
  return { calls, f: fn((x) => (calls.items.push(x), op.mul(x, x))) };
}

function callEach(f: PyValue, values: PyValue[]): void {
  for (const v of values) ca(f, v);
}

export const FUNCTOOLS_CASES: Cases = {
  'functools.reduce': () => ca(FT('reduce'), O('add'), L(1, 2, 3, 4)),
  'functools.reduce.initial': () => T(ca(FT('reduce'), O('add'), L(), 0), ca(FT('reduce'), O('add'), L(5))),
  'functools.reduce.empty': () => ca(FT('reduce'), O('add'), L()),
  'functools.reduce.not_iterable': () => ca(FT('reduce'), O('add'), 5),
  'functools.reduce.arity': () => ca(FT('reduce'), O('add')),
  'functools.partial.call': () => ca(ca(FT('partial'), O('sub'), 10), 3),
  'functools.partial.merge': () => ck(ck(FT('partial'), [rec, 1], { a: 1 }), [2], { a: 2, b: 3 }),
  'functools.partial.attributes': () => {
    const p = ck(FT('partial'), [rec, 1], { a: 1 });
    return T(op.is(at(p, 'func'), rec), at(p, 'args'), at(p, 'keywords'));
  },
  'functools.partial.nested': () => {
    const p = ck(FT('partial'), [ck(FT('partial'), [rec, 1], { x: 1 }), 2], { y: 2 });
    return T(op.is(at(p, 'func'), rec), at(p, 'args'), at(p, 'keywords'), ca(p, 3));
  },
  'functools.partial.repr': () => me(ck(FT('partial'), [O('add'), 1], { x: 2 }), '__repr__'),
  'functools.partial.no_args': () => ca(FT('partial')),
  'functools.partial.not_callable': () => ca(FT('partial'), 5),
  'functools.partial.type_name': () => at(at(ca(FT('partial'), rec), '__class__'), '__name__'),
  'functools.lru_cache.bounded': () => {
    const { calls, f } = squaring();
    const cached = ca(ck(FT('lru_cache'), [], { maxsize: 2 }), f);
    callEach(cached, [1, 2, 1, 3, 1, 2]);
    return T(calls, me(cached, 'cache_info'));
  },
  'functools.lru_cache.unbounded': () => {
    const f = ca(ck(FT('lru_cache'), [], { maxsize: N }), rec);
    callEach(f, [1, 2, 1, 3, 1, 2]);
    return me(f, 'cache_info');
  },
  'functools.lru_cache.bare': () => {
    const f = ca(FT('lru_cache'), rec);
    callEach(f, [1, 1]);
    return me(f, 'cache_info');
  },
  'functools.lru_cache.keywords': () => {
    const f = ca(FT('lru_cache'), rec);
    return T(ca(f, 1), ck(f, [], { x: 1 }), ca(f, 1), ck(f, [], { x: 1, y: 2 }), ck(f, [], { y: 2, x: 1 }), me(f, 'cache_info'));
  },
  'functools.lru_cache.int_float': () => {
    const f = ca(FT('lru_cache'), rec);
    callEach(f, [1, F(1.0), true]);
    return me(f, 'cache_info');
  },
  'functools.lru_cache.typed': () => {
    const f = ca(ck(FT('lru_cache'), [], { typed: true }), rec);
    ca(f, 1, 2);
    ca(f, F(1.0), 2);
    ca(f, 1, 2);
    return me(f, 'cache_info');
  },
  'functools.lru_cache.zero': () => {
    const f = ca(ca(FT('lru_cache'), 0), rec);
    callEach(f, [1, 1]);
    return me(f, 'cache_info');
  },
  'functools.lru_cache.clear': () => {
    const f = ca(FT('lru_cache'), rec);
    callEach(f, [1, 1]);
    me(f, 'cache_clear');
    return me(f, 'cache_info');
  },
  'functools.lru_cache.parameters': () => me(ca(ck(FT('lru_cache'), [], { maxsize: 10 }), rec), 'cache_parameters'),
  'functools.lru_cache.unhashable': () => ca(ca(FT('lru_cache'), rec), L(1)),
  'functools.lru_cache.bad_maxsize': () => ca(FT('lru_cache'), F(5.0)),
  'functools.lru_cache.wrapped': () => {
    const f = ca(FT('lru_cache'), rec);
    return T(at(f, '__name__'), op.is(at(f, '__wrapped__'), rec));
  },
  'functools.cache': () => {
    const f = ca(FT('cache'), rec);
    callEach(f, [1, 1]);
    return me(f, 'cache_info');
  },
  'functools.update_wrapper': () => {
    const w = ca(FT('partial'), rec);
    const w2 = ca(FT('update_wrapper'), w, rec);
    return T(op.is(w2, w), at(w, '__name__'), at(w, '__qualname__'), op.is(at(w, '__wrapped__'), rec), at(w, '__doc__'));
  },
  'functools.wraps': () => {
    const w = ca(ca(FT('wraps'), rec), ca(FT('partial'), O('add')));
    return T(at(w, '__name__'), op.is(at(w, '__wrapped__'), rec));
  },
  'functools.cmp_to_key': () => {
    const K = ca(FT('cmp_to_key'), fn((a, b) => op.sub(a, b)));
    return T(op.lt(ca(K, 1), ca(K, 2)), op.lt(ca(K, 2), ca(K, 1)), op.eq(ca(K, 1), ca(K, 1)), op.ge(ca(K, 2), ca(K, 3)), at(ca(K, 3), 'obj'));
  },
  'functools.cmp_to_key.other_type': () => op.lt(ca(ca(FT('cmp_to_key'), fn(() => 0)), 1), 5),
  'functools.total_ordering': () => {
    const V = classV();
    ca(FT('total_ordering'), V);
    const v = (x: number): PyValue => callType(V, [x], null);
    return T(op.le(v(1), v(2)), op.ge(v(2), v(1)), op.gt(v(1), v(2)), op.ge(v(2), v(2)), op.le(v(3), v(2)));
  },
  'functools.total_ordering.none': () => ca(FT('total_ordering'), emptyClass()),
};
