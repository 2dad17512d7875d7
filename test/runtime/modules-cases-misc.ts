// operator, string, io, array and gc cases: each re-enacts the Python snippet of the same name
// in record_modules.py by calling the module natives.

import { callType, hash, repr } from '../../src/runtime/protocols.js';
import { T as Types } from '../../src/runtime/types.js';
import type { PyValue } from '../../src/runtime/values.js';
import type { Cases } from './modules-cases-iter.js';
import {
  B, D, F, L, M, N, T, at, ca, ck, iter, list, me, op, range, slice,
} from './modules-dsl.js';

const O = (name: string): PyValue => M('operator', name);
const o = (name: string, ...args: PyValue[]): PyValue => ca(O(name), ...args);

export const OPERATOR_CASES: Cases = {
  'operator.arith': () => T(o('add', 2, 3), o('sub', 2, 3), o('mul', 4, 5), o('truediv', 7, 2), o('floordiv', 7, 2), o('mod', -7, 3), o('pow', 2, 10)),
  'operator.bits': () => T(o('neg', 5), o('pos', -5), o('abs', -3), o('invert', 5), o('and_', 6, 3), o('or_', 6, 3), o('xor', 6, 3), o('lshift', 1, 4), o('rshift', 32, 2)),
  'operator.compare': () => T(o('lt', 1, 2), o('le', 2, 2), o('eq', 1, F(1.0)), o('ne', 1, 2), o('gt', 1, 2), o('ge', 3, 3)),
  'operator.logic': () => T(o('not_', 0), o('truth', L()), o('is_', N, N), o('is_not', 1, N), o('contains', L(1, 2), 2), o('concat', L(1), L(2))),
  'operator.sequence': () => T(o('index', 7), o('countOf', L(1, 2, 1), 1), o('indexOf', 'abc', 'c'), o('getitem', 'abc', 1)),
  'operator.indexOf_missing': () => o('indexOf', 'abc', 'z'),
  'operator.concat_int': () => o('concat', 1, 2),
  'operator.inplace': () => {
    const x = L(1);
    const y = o('iadd', x, L(2));
    return T(x, op.is(y, x), o('iadd', 1, 2), o('imul', 'ab', 2));
  },
  'operator.setitem_delitem': () => {
    const d = D();
    o('setitem', d, 'k', 1);
    const a = me(d, 'copy');
    o('delitem', d, 'k');
    return T(a, d);
  },
  'operator.names': () => T(at(O('matmul'), '__name__'), at(O('__add__'), '__name__'), at(O('not_'), '__name__')),
  'operator.arity': () => o('add', 1),
  'operator.abs_type': () => o('abs', 'x'),
  'operator.itemgetter': () => T(ca(o('itemgetter', 1), 'abc'), ca(o('itemgetter', 0, -1), 'hello'), ca(o('itemgetter', slice(1, 3)), 'abcd')),
  'operator.itemgetter.repr': () => T(repr(o('itemgetter', 1)), repr(o('itemgetter', 1, 'a'))),
  'operator.itemgetter.none': () => o('itemgetter'),
  'operator.attrgetter.repr': () => repr(o('attrgetter', 'a.b', 'c')),
  'operator.attrgetter.bad': () => o('attrgetter', 1),
  'operator.attrgetter.dotted': () => ca(o('attrgetter', 'real', 'imag.real'), 5),
  'operator.methodcaller': () => T(ca(o('methodcaller', 'upper'), 'abc'), ca(o('methodcaller', 'replace', 'a', 'o'), 'banana')),
  'operator.methodcaller.repr': () => repr(ck(O('methodcaller'), ['split', ','], { maxsplit: 1 })),
  'operator.methodcaller.none': () => o('methodcaller'),
  'operator.length_hint': () => T(o('length_hint', L(1, 2)), o('length_hint', callType(Types.object, [], null), 7)),
};

const S = (name: string): PyValue => M('string', name);

export const STRING_CASES: Cases = {
  'string.constants': () => T(S('ascii_letters'), S('digits'), S('hexdigits'), S('octdigits'), S('punctuation'), S('whitespace'), (S('printable') as string).length),
  'string.printable': () => S('printable'),
  'string.capwords': () => T(ca(S('capwords'), ' hello   wORLD  again '), ca(S('capwords'), 'a-b-c', '-'), ca(S('capwords'), '')),
};

const sio = (...args: PyValue[]): PyValue => ca(M('io', 'StringIO'), ...args);
const bio = (...args: PyValue[]): PyValue => ca(M('io', 'BytesIO'), ...args);

export const IO_CASES: Cases = {
  'stringio.write': () => {
    const b = sio();
    const n = me(b, 'write', 'hello ');
    me(b, 'write', 'world\n');
    return T(n, me(b, 'getvalue'), me(b, 'tell'));
  },
  'stringio.read': () => {
    const r = sio('line one\nline two\nline three\n');
    return T(me(r, 'readline'), me(r, 'read', 4), me(r, 'readline'), me(r, 'readlines'));
  },
  'stringio.iterate': () => list(sio('a\nb\nc')),
  'stringio.seek': () => {
    const r = sio('line one');
    me(r, 'seek', 5);
    return T(me(r, 'read'), me(r, 'read'), me(r, 'tell'));
  },
  'stringio.overwrite': () => {
    const s = sio('abc');
    me(s, 'seek', 0, 2);
    me(s, 'write', 'def');
    me(s, 'seek', 1);
    me(s, 'write', 'X');
    return T(me(s, 'getvalue'), me(s, 'read'), me(s, 'tell'));
  },
  'stringio.truncate': () => {
    const s = sio('abcdef');
    me(s, 'truncate', 3);
    return T(me(s, 'getvalue'), me(s, 'tell'));
  },
  'stringio.past_end': () => {
    const s = sio('ab');
    me(s, 'seek', 4);
    me(s, 'write', 'z');
    return me(s, 'getvalue');
  },
  'stringio.closed': () => {
    const b = sio();
    me(b, 'close');
    return at(b, 'closed');
  },
  'stringio.write_closed': () => {
    const b = sio();
    me(b, 'close');
    return me(b, 'write', 'x');
  },
  'stringio.write_int': () => me(sio(), 'write', 5),
  'stringio.init_int': () => sio(5),
  'stringio.seek_negative': () => me(sio(), 'seek', -1),
  'stringio.seek_relative': () => me(sio(), 'seek', 1, 1),
  'stringio.seek_whence': () => me(sio(), 'seek', 0, 3),
  'stringio.truncate_negative': () => me(sio('abc'), 'truncate', -1),
  'stringio.newline_none': () => me(ck(M('io', 'StringIO'), ['a\r\nb\rc'], { newline: N }), 'getvalue'),
  'stringio.astral': () => {
    const s = sio('\u{1F600}ab');
    me(s, 'read', 1);
    return T(me(s, 'tell'), me(s, 'read'));
  },
  'stringio.context': () => {
    const s = me(sio('x'), '__enter__');
    const v = me(s, 'read');
    me(s, '__exit__', N, N, N);
    return T(v, at(s, 'closed'));
  },
  'bytesio.basic': () => {
    const b = bio(B('abc'));
    me(b, 'seek', 0, 2);
    me(b, 'write', B('de'));
    me(b, 'seek', 1);
    return T(me(b, 'read', 2), me(b, 'getvalue'), me(b, 'tell'));
  },
  'bytesio.readline': () => {
    const b = bio(B('a\nbc\n'));
    return T(me(b, 'readline'), me(b, 'readlines'));
  },
  'bytesio.write_str': () => me(bio(), 'write', 'x'),
};

const arr = (...args: PyValue[]): PyValue => ca(M('array', 'array'), ...args);

export const ARRAY_CASES: Cases = {
  'array.basic': () => {
    const a = arr('i', L(1, 2, 3));
    me(a, 'append', 4);
    me(a, 'extend', L(5, 6));
    return T(a, me(a, '__len__'), op.getitem(a, 0), op.getitem(a, -1), op.getitem(a, slice(1, 3)), at(a, 'typecode'), at(a, 'itemsize'));
  },
  'array.mutate': () => {
    const a = arr('i', L(1, 2, 3, 4));
    op.setitem(a, 0, 10);
    me(a, 'insert', 1, 99);
    return T(me(a, 'pop'), me(a, 'pop', 0), me(a, 'index', 99), me(a, 'count', 2), a);
  },
  'array.remove_reverse': () => {
    const a = arr('i', L(1, 99, 2));
    me(a, 'remove', 99);
    me(a, 'reverse');
    return T(a, me(a, 'tolist'), op.in(3, a), op.in(2, a));
  },
  'array.floats': () => {
    const d = arr('d', L(F(1.5), F(2.5)));
    return T(d, op.mul(d, 2), op.add(d, arr('d', L(F(0.25)))), arr('b'));
  },
  'array.compare': () => T(op.eq(arr('i', range(5)), arr('i', L(0, 1, 2, 3, 4))), op.lt(arr('i', L(1)), arr('i', L(2))), op.eq(arr('i', L(1)), arr('d', L(F(1.0)))), op.eq(arr('i', L(1)), L(1))),
  'array.typecodes': () => L(...'bBhHiIlLqQfd'.split('').map((c) => T(c, at(arr(c, L(1, 2)), 'itemsize'), arr(c, L(1, 2))))),
  'array.float32': () => T(op.getitem(arr('f', L(F(0.1))), 0), op.getitem(arr('d', L(F(0.1))), 0), me(arr('f', L(F(1 / 3))), 'tolist'), arr('f', L(F(1e300)))),
  'array.extremes': () => T(me(arr('B', L(255)), 'tolist'), me(arr('b', L(-128)), 'tolist'), me(arr('q', L(2n ** 63n - 1n)), 'tolist'), arr('Q', L(2n ** 64n - 1n)), arr('L', L(2n ** 64n - 1n))),
  'array.bytes': () => {
    const a = arr('H', L(1, 258));
    const b = me(a, 'tobytes');
    const c = arr('H');
    me(c, 'frombytes', b);
    return T(b, c, op.eq(c, a), arr('i', B('abcd')));
  },
  'array.fromlist': () => {
    const d = arr('i');
    me(d, 'fromlist', L(3, 1, 2));
    return d;
  },
  'array.fromlist_tuple': () => me(arr('i'), 'fromlist', T(1)),
  'array.slices': () => {
    const a = arr('i', L(1, 2, 3, 4, 5));
    op.setitem(a, slice(1, 3), arr('i', L(9, 9, 9)));
    const b = op.getitem(a, slice(N, N, -1));
    op.setitem(a, slice(N, N, 2), arr('i', L(0, 0, 0)));
    op.delitem(a, slice(1, 3));
    return T(a, b);
  },
  'array.slice_size': () => op.setitem(arr('i', L(1, 2, 3)), slice(N, N, 2), arr('i', L(0))),
  'array.slice_list': () => op.setitem(arr('i', L(1)), slice(0, 1), L(1)),
  'array.slice_kind': () => op.setitem(arr('i', L(1)), slice(0, 1), arr('d', L(1))),
  'array.inplace': () => {
    let a = arr('i', L(0, 9));
    a = op.iadd(a, arr('i', L(7)));
    a = op.imul(a, 2);
    return a;
  },
  'array.unicode': () => T(arr('u', 'hi'), me(arr('u', 'hi'), 'tounicode'), arr('u')),
  'array.overflow_b': () => arr('b', L(128)),
  'array.overflow_b_low': () => arr('b', L(-129)),
  'array.overflow_B': () => arr('B', L(-1)),
  'array.overflow_h': () => arr('h', L(40000)),
  'array.overflow_H': () => arr('H', L(70000)),
  'array.overflow_i': () => arr('i', L(2 ** 31)),
  'array.overflow_I_neg': () => arr('I', L(-5)),
  'array.overflow_I_big': () => arr('I', L(2 ** 32)),
  'array.overflow_I_huge': () => arr('I', L(2n ** 70n)),
  'array.overflow_b_huge': () => arr('b', L(2n ** 70n)),
  'array.overflow_l': () => arr('l', L(2n ** 63n)),
  'array.overflow_L': () => arr('L', L(-1)),
  'array.overflow_q': () => arr('q', L(2n ** 63n)),
  'array.overflow_Q': () => arr('Q', L(-1)),
  'array.append_overflow': () => {
    const a = arr('b', L(1));
    try {
      me(a, 'append', 300);
    } catch {
      // the OverflowError is expected; the array must be unchanged
    }
    return a;
  },
  'array.float_item': () => arr('i', L(F(1.5))),
  'array.str_item': () => arr('i', L('x')),
  'array.str_float_item': () => arr('d', L('x')),
  'array.unicode_item': () => arr('u', L('ab')),
  'array.bad_typecode': () => arr('z', L()),
  'array.typecode_type': () => arr(5),
  'array.str_init': () => arr('i', 'ab'),
  'array.index_missing': () => me(arr('i', L(1)), 'index', 5),
  'array.remove_missing': () => me(arr('i', L(1)), 'remove', 5),
  'array.getitem_empty': () => op.getitem(arr('i'), 0),
  'array.setitem_range': () => op.setitem(arr('i', L(1)), 5, 1),
  'array.add_kind': () => op.add(arr('i', L(1)), arr('d', L(F(1.0)))),
  'array.add_list': () => op.add(arr('i', L(1)), L(1)),
  'array.mul_str': () => op.mul(arr('i', L(1)), 'a'),
  'array.pop_empty': () => me(arr('i'), 'pop'),
  'array.pop_range': () => me(arr('i', L(1)), 'pop', 5),
  'array.frombytes_size': () => me(arr('i'), 'frombytes', B('abc')),
  'array.extend_kind': () => me(arr('i', L(1)), 'extend', arr('d')),
  'array.tounicode_kind': () => me(arr('i', L(1)), 'tounicode'),
  'array.iter_types': () => L(...[...list(arr('h', L(7, 8))).items, iter(arr('i'))].map((v) => at(at(v, '__class__'), '__name__'))),
  'array.byteswap': () => {
    const a = arr('H', L(1, 258));
    me(a, 'byteswap');
    return a;
  },
  'array.hash': () => hash(arr('i')),
  'array.module': () => T(M('array', 'typecodes'), repr(M('array', 'array'))),
};

const G = (name: string, ...args: PyValue[]): PyValue => ca(M('gc', name), ...args);

export const GC_CASES: Cases = {
  'gc.basic': () => {
    const e = G('isenabled');
    G('disable');
    const d = G('isenabled');
    G('enable');
    return T(e, d, G('isenabled'), G('get_threshold'), op.ge(G('collect'), 0));
  },
  'gc.bad_generation': () => G('collect', 3),
};

