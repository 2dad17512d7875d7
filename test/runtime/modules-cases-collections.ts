// collections cases (deque, defaultdict, OrderedDict, Counter, namedtuple): each re-enacts the
// Python snippet of the same name in record_modules.py by calling the module natives.

import { callType, hash, repr } from '../../src/runtime/protocols.js';
import type { PyType } from '../../src/runtime/type-object.js';
import { T as Types, isInstance } from '../../src/runtime/types.js';
import type { PyValue } from '../../src/runtime/values.js';
import type { Cases } from './modules-cases-iter.js';
import {
  D, F, L, M, N, T, at, ca, ck, iter, list, me, mk, next, op, range, slice,
} from './modules-dsl.js';

const C = (name: string): PyValue => M('collections', name);
const deque = (...args: PyValue[]): PyValue => ca(C('deque'), ...args);
const dequeMax = (items: PyValue, maxlen: PyValue): PyValue => ck(C('deque'), [items], { maxlen });
const counter = (...args: PyValue[]): PyValue => ca(C('Counter'), ...args);
const counterKw = (kw: Record<string, PyValue>): PyValue => ck(C('Counter'), [], kw);
const od = (...args: PyValue[]): PyValue => ca(C('OrderedDict'), ...args);
const nt = (name: string, fields: PyValue, kw: Record<string, PyValue> = {}): PyType => ck(C('namedtuple'), [name, fields], kw) as PyType;

export const DEQUE_CASES: Cases = {
  'deque.basic': () => {
    const d = deque(L(1, 2, 3));
    me(d, 'append', 4);
    me(d, 'appendleft', 0);
    return T(d, me(d, '__len__'), op.getitem(d, 0), op.getitem(d, -1));
  },
  'deque.pops': () => {
    const d = deque(L(1, 2, 3));
    return T(me(d, 'pop'), me(d, 'popleft'), d);
  },
  'deque.extend': () => {
    const d = deque(L(1));
    me(d, 'extend', L(7, 8));
    me(d, 'extendleft', L(-1, -2));
    return d;
  },
  'deque.rotate': () => {
    const d = deque(range(6));
    me(d, 'rotate', 2);
    const a = list(d);
    me(d, 'rotate', -3);
    return T(a, d);
  },
  'deque.rotate_big': () => {
    const d = deque(range(5));
    me(d, 'rotate', 13);
    return d;
  },
  'deque.queries': () => {
    const d = deque(L(1, 7, 8, 7));
    return T(op.in(7, d), op.in(9, d), me(d, 'count', 7), me(d, 'index', 8), me(d, 'index', 7, 2));
  },
  'deque.remove_reverse': () => {
    const d = deque(L(1, 7, 8, 7));
    me(d, 'remove', 7);
    me(d, 'reverse');
    return d;
  },
  'deque.insert': () => {
    const d = deque('abcd');
    me(d, 'insert', -2, 'Q');
    me(d, 'insert', 100, 'E');
    me(d, 'insert', -100, 'S');
    return d;
  },
  'deque.clear': () => {
    const d = deque(L(1));
    me(d, 'clear');
    return T(d, me(d, '__bool__'), me(d, '__len__'));
  },
  'deque.pop_empty': () => me(deque(), 'pop'),
  'deque.popleft_empty': () => me(deque(), 'popleft'),
  'deque.index_missing': () => me(deque(L(1)), 'index', 5),
  'deque.remove_missing': () => me(deque(L(1)), 'remove', 5),
  'deque.bad_index': () => op.getitem(deque(L(1)), 5),
  'deque.str_index': () => op.getitem(deque(L(1)), 'a'),
  'deque.slice_index': () => op.getitem(deque(L(1)), slice(0, 1)),
  'deque.setitem_delitem': () => {
    const d = deque(range(5));
    op.setitem(d, 2, 'x');
    op.delitem(d, 0);
    return d;
  },
  'deque.maxlen': () => {
    const d = ck(C('deque'), [], { maxlen: 3 });
    for (let i = 0; i < 6; i++) me(d, 'append', i);
    return T(d, at(d, 'maxlen'));
  },
  'deque.maxlen_left': () => {
    const d = dequeMax(L(1, 2, 3), 3);
    me(d, 'appendleft', 99);
    me(d, 'extendleft', L(7, 8));
    return d;
  },
  'deque.maxlen_init': () => T(dequeMax('abcdefg', 3), deque(L(1, 2, 3), 2), at(deque('ab'), 'maxlen')),
  'deque.maxlen_zero': () => {
    const d = ck(C('deque'), [], { maxlen: 0 });
    me(d, 'append', 1);
    return d;
  },
  'deque.maxlen_negative': () => ck(C('deque'), [], { maxlen: -1 }),
  'deque.maxlen_type': () => deque(L(), 'a'),
  'deque.insert_full': () => me(deque(L(1), 1), 'insert', 0, 2),
  'deque.arity': () => deque(L(), 2, 3),
  'deque.equality': () => T(op.eq(deque(L(1, 2)), deque(L(1, 2))), op.eq(deque(L(1)), L(1)), op.lt(deque(L(1, 2)), deque(L(1, 3)))),
  'deque.concat': () => T(op.add(deque(L(1)), deque(L(2))), op.mul(deque(L(1, 2)), 2), op.mul(3, deque(L(1))), op.mul(deque(L(1, 2, 3), 2), 2)),
  'deque.concat_list': () => op.add(deque(L(1)), L(1)),
  'deque.inplace': () => {
    let d = deque(L(1, 2, 3));
    d = op.iadd(d, 'ab');
    d = op.imul(d, 2);
    return d;
  },
  'deque.self_extend': () => {
    const d = deque(L(1, 2));
    me(d, 'extend', d);
    return d;
  },
  'deque.repr_empty': () => T(repr(deque()), repr(ck(C('deque'), [], { maxlen: 2 }))),
  'deque.repr_recursive': () => {
    const d = deque(L(1));
    me(d, 'append', d);
    return repr(d);
  },
  'deque.mutated': () => {
    const d = deque(L(1, 2));
    const it = iter(d);
    next(it);
    me(d, 'append', 3);
    return next(it);
  },
  'deque.reversed': () => list(me(deque(L(1, 2, 3)), '__reversed__')),
  'deque.copy': () => {
    const d = deque(L(1, 2), 5);
    const c = me(d, 'copy');
    me(c, 'append', 3);
    return T(d, c);
  },
  'deque.hash': () => hash(deque()),
  'deque.class_repr': () => repr(C('deque')),
};

export const DICT_CASES: Cases = {
  'defaultdict.int': () => {
    const d = ca(C('defaultdict'), Types.int);
    for (const ch of 'mississippi') op.setitem(d, ch, op.add(op.getitem(d, ch), 1));
    return d;
  },
  'defaultdict.missing_inserts': () => {
    const d = ca(C('defaultdict'), Types.int);
    return T(op.getitem(d, 'a'), op.in('a', d), me(d, '__len__'));
  },
  'defaultdict.no_factory': () => op.getitem(ca(C('defaultdict')), 'k'),
  'defaultdict.bad_factory': () => ca(C('defaultdict'), 5),
  'defaultdict.init_items': () => ck(C('defaultdict'), [Types.int, L(T(1, 2))], { x: 3 }),
  'defaultdict.arity': () => ca(C('defaultdict'), Types.int, 1, 2),
  'defaultdict.bad_pair': () => ca(C('defaultdict'), Types.int, L(1)),
  'defaultdict.factory_attr': () => {
    const d = ca(C('defaultdict'), Types.int);
    op.setattr(d, 'default_factory', N);
    return T(at(d, 'default_factory'), at(ca(C('defaultdict'), Types.float), 'default_factory'));
  },
  'defaultdict.isinstance': () => T(isInstance(ca(C('defaultdict')), Types.dict), op.eq(ca(C('defaultdict'), Types.int), D())),
  'defaultdict.copy': () => {
    const d = ck(C('defaultdict'), [Types.int], { a: 1 });
    const c = me(d, 'copy');
    op.setitem(c, 'b', op.add(op.getitem(c, 'b'), 1));
    return T(d, c);
  },
  'defaultdict.or': () => op.or(ca(C('defaultdict'), Types.int, D([1, 2])), D([3, 4])),
  'defaultdict.repr_none': () => repr(ca(C('defaultdict'), N, D(['a', 1]))),
  'defaultdict.get': () => {
    const d = ca(C('defaultdict'), Types.int);
    return T(me(d, 'get', 'q'), me(d, '__len__'));
  },
  'ordereddict.basic': () => {
    const o = od();
    op.setitem(o, 'b', 2);
    op.setitem(o, 'a', 1);
    op.setitem(o, 'c', 3);
    return T(o, list(o));
  },
  'ordereddict.move_to_end': () => {
    const o = ca(C('OrderedDict.fromkeys'), 'abcd');
    me(o, 'move_to_end', 'b');
    mk(o, 'move_to_end', ['d'], { last: false });
    return list(o);
  },
  'ordereddict.move_missing': () => me(od(), 'move_to_end', 1),
  'ordereddict.popitem': () => {
    const o = ck(C('OrderedDict'), [], { a: 1, b: 2, c: 3 });
    return T(me(o, 'popitem'), mk(o, 'popitem', [], { last: false }), o);
  },
  'ordereddict.popitem_empty': () => me(od(), 'popitem'),
  'ordereddict.equality': () => {
    const o1 = od(L(T('x', 1), T('y', 2)));
    const o2 = od(L(T('y', 2), T('x', 1)));
    return T(op.eq(o1, o2), op.eq(o1, D(['y', 2], ['x', 1])), op.ne(o1, o2));
  },
  'ordereddict.repr_empty': () => T(repr(od()), ca(C('OrderedDict.fromkeys'), 'ab', 0)),
  'ordereddict.bad_pair': () => od(L(T(1, 2, 3))),
  'ordereddict.arity': () => od(1, 2),
  'ordereddict.reversed': () => list(me(ck(C('OrderedDict'), [], { a: 1, b: 2 }), '__reversed__')),
  'ordereddict.or': () => op.or(ck(C('OrderedDict'), [], { a: 1 }), D(['b', 2])),
  'ordereddict.recursive': () => {
    const o = ck(C('OrderedDict'), [], { a: 1 });
    op.setitem(o, 'b', o);
    return repr(o);
  },
};

/** sorted(x) for a list of strs. */
function sortedStrs(v: PyValue): PyValue {
  return L(...(list(v).items as string[]).sort());
}

export const COUNTER_CASES: Cases = {
  'counter.string': () => counter('abracadabra'),
  'counter.missing': () => {
    const c = counter('aab');
    return T(op.getitem(c, 'a'), op.getitem(c, 'z'), me(c, '__len__'));
  },
  'counter.most_common': () => {
    const c = counter('abracadabra');
    return T(me(c, 'most_common', 2), op.getitem(me(c, 'most_common'), -1), me(c, 'most_common', 0), me(c, 'most_common', -1));
  },
  'counter.ties': () => me(counter(D(['a', 1], ['b', 2], ['c', 2], ['d', 3])), 'most_common', 2),
  'counter.update_subtract': () => {
    const c = counter('abracadabra');
    me(c, 'update', 'aaz');
    me(c, 'subtract', D(['b', 5]));
    return c;
  },
  'counter.update_mapping': () => {
    const c = counterKw({ x: 1 });
    me(c, 'update', D(['x', 2], ['y', 1]));
    mk(c, 'update', [L('x')], { y: 5 });
    return c;
  },
  'counter.update_empty_mapping': () => {
    const c = counter();
    me(c, 'update', D(['x', -2]));
    return c;
  },
  'counter.elements': () => T(sortedStrs(me(counter('abracadabra'), 'elements')), list(me(counterKw({ a: 2, b: 0, c: -1, d: 1 }), 'elements'))),
  'counter.elements_float': () => list(me(counterKw({ a: F(1.5) }), 'elements')),
  'counter.arithmetic': () => {
    const a = counterKw({ x: 3, y: 1 });
    const b = counterKw({ x: 1, y: 2, z: 4 });
    return T(op.add(a, b), op.sub(a, b), binaryAnd(a, b), op.or(a, b));
  },
  'counter.unary': () => T(op.pos(counterKw({ a: -1, b: 2 })), op.neg(counterKw({ a: -1, b: 2 }))),
  'counter.inplace': () => {
    let c = counterKw({ a: 2 });
    c = op.iadd(c, counterKw({ a: -5, b: 1 }));
    c = op.ior(c, counterKw({ b: 3 }));
    return c;
  },
  'counter.equality': () => T(op.eq(counterKw({ a: 1 }), counterKw({ a: 1, b: 0 })), op.eq(counter(L(1, 1, 2)), counter(D([1, 2], [2, 1]))), op.eq(counterKw({ a: 1 }), D(['a', 1]))),
  'counter.ordering': () => T(op.lt(counter('a'), counter('aa')), op.le(counterKw({ a: 1, b: 2 }), counterKw({ a: 1, b: 3 })), op.gt(counterKw({ a: 1 }), counterKw({ a: 1 }))),
  'counter.total': () => me(counter('hello'), 'total'),
  'counter.repr_empty': () => T(repr(counter()), repr(counterKw({ cats: 0 }))),
  'counter.repr_unorderable': () => repr(counterKw({ a: F(1.5), b: 'x' })),
  'counter.delitem': () => {
    const c = counter('ab');
    op.delitem(c, 'a');
    op.delitem(c, 'q');
    return c;
  },
  'counter.fromkeys': () => ca(C('Counter.fromkeys'), 'ab'),
  'counter.arity': () => counter(1, 2),
  'counter.add_int': () => op.add(counter('a'), 1),
  'counter.copy': () => {
    const c = counter('aab');
    const d = me(c, 'copy');
    op.setitem(d, 'a', op.add(op.getitem(d, 'a'), 1));
    return T(c, d, at(at(d, '__class__'), '__name__'));
  },
};

function binaryAnd(a: PyValue, b: PyValue): PyValue {
  return me(a, '__and__', b);
}

export const NAMEDTUPLE_CASES: Cases = {
  'namedtuple.basic': () => {
    const P = nt('Point', L('x', 'y'));
    const p = callType(P, [1, 2], null);
    return T(p, at(p, 'x'), op.getitem(p, 1), at(p, '_fields'), me(p, '__len__'), op.eq(p, T(1, 2)), isInstance(p, Types.tuple));
  },
  'namedtuple.string_fields': () => callType(nt('P', 'a, b c'), [1, 2, 3], null),
  'namedtuple.keywords': () => ck(nt('P', 'x y'), [], { y: 4, x: 3 }),
  'namedtuple.methods': () => {
    const P = nt('P', 'x y');
    const p = ca(P, 1, 2);
    return T(mk(p, '_replace', [], { x: 10 }), me(p, '_asdict'), me(P, '_make', L(5, 6)));
  },
  'namedtuple.defaults': () => {
    const P = nt('P', 'name age city', { defaults: L('unknown') });
    return T(ca(P, 'Ann', 30), at(P, '_field_defaults'));
  },
  'namedtuple.rename': () => at(nt('P', 'x def _y x', { rename: true }), '_fields'),
  'namedtuple.doc': () => at(nt('P', 'x y'), '__doc__'),
  'namedtuple.class_repr': () => T(repr(nt('P', 'x')), repr(nt('P', 'x', { module: 'm' }))),
  'namedtuple.missing_arg': () => ca(nt('P', 'x y'), 1),
  'namedtuple.missing_args': () => ca(nt('P', 'x y z')),
  'namedtuple.too_many': () => ca(nt('P', 'x y'), 1, 2, 3),
  'namedtuple.too_many_defaults': () => ca(nt('P', 'x y', { defaults: L(0) }), 1, 2, 3),
  'namedtuple.unexpected_kw': () => ck(nt('P', 'x y'), [1], { z: 2 }),
  'namedtuple.duplicate_kw': () => ck(nt('P', 'x y'), [1], { x: 2 }),
  'namedtuple.make_wrong_size': () => me(nt('P', 'x y'), '_make', L(1)),
  'namedtuple.replace_unknown': () => mk(ca(nt('P', 'x y'), 1, 2), '_replace', [], { z: 1 }),
  'namedtuple.bad_identifier': () => nt('P', '1x y'),
  'namedtuple.keyword_field': () => nt('P', 'class y'),
  'namedtuple.underscore': () => nt('P', '_x y'),
  'namedtuple.duplicate': () => nt('P', 'x x'),
  'namedtuple.too_many_defaults_decl': () => nt('P', 'x y', { defaults: L(1, 2, 3) }),
  'namedtuple.set_field': () => op.setattr(ca(nt('P', 'x y'), 1, 2), 'x', 5),
  'namedtuple.set_other': () => op.setattr(ca(nt('P', 'x y'), 1, 2), 'z', 5),
  'namedtuple.empty': () => repr(ca(nt('P', ''))),
  'namedtuple.slice': () => op.getitem(ca(nt('P', 'x y'), 1, 2), slice(0, 1)),
};

