// math and random cases: each re-enacts the Python snippet of the same name in
// record_modules.py by calling the module natives (random ones compare seeded sequences).

import { callType, repr } from '../../src/runtime/protocols.js';
import type { PyList, PyTuple, PyValue } from '../../src/runtime/values.js';
import type { Cases } from './modules-cases-iter.js';
import {
  B, F, L, M, N, S as set, T, at, ca, ck, classFloaty, classFloory, list, me, mk, op, range,
} from './modules-dsl.js';

const m = (name: string, ...args: PyValue[]): PyValue => ca(M('math', name), ...args);
const big = (v: bigint): bigint => v;

export const MATH_CASES: Cases = {
  'math.constants': () => T(M('math', 'pi'), M('math', 'e'), M('math', 'tau'), M('math', 'inf'), M('math', 'nan')),
  'math.sqrt': () => T(m('sqrt', 2), m('sqrt', true), m('sqrt', 4), m('sqrt', callType(classFloaty(), [], null)), m('sqrt', big(10n ** 20n))),
  'math.sqrt_negative': () => m('sqrt', -1),
  'math.sqrt_str': () => m('sqrt', '4'),
  'math.sqrt_arity': () => m('sqrt'),
  'math.sqrt_keyword': () => ck(M('math', 'sqrt'), [], { x: 1 }),
  'math.sqrt_bigint': () => m('sqrt', 2n ** 2000n),
  'math.exp_log': () => T(m('exp', 1), m('log', 10), m('log', 8, 2), m('log2', 1024), m('log10', F(0.001)), m('log1p', F(1e-10)), m('expm1', F(1e-10))),
  'math.log_bigint': () => T(m('log', 2n ** 2000n), m('log2', 2n ** 1000n), m('log10', 10n ** 400n)),
  'math.log_zero': () => m('log', 0),
  'math.log_arity': () => m('log'),
  'math.log_base_one': () => m('log', 10, 1),
  'math.exp_overflow': () => m('exp', 1000),
  'math.trig': () => T(m('sin', 1), m('cos', 1), m('tan', 1), m('asin', F(0.5)), m('acos', F(0.5)), m('atan', 1), m('atan2', 1, -1), m('atan2', 0, F(-0.0))),
  'math.hyperbolic': () => T(m('sinh', 1), m('cosh', 1), m('tanh', 1), m('asinh', 1), m('acosh', 2), m('atanh', F(0.5))),
  'math.special': () => T(m('erf', F(0.5)), m('erfc', F(0.5)), m('gamma', F(5.5)), m('lgamma', F(10.5)), m('gamma', 5)),
  'math.gamma_pole': () => m('gamma', 0),
  'math.rounding': () => L(...[F(2.5), F(-2.5), F(3.0), F(-0.1), F(1e20), 7, true].map((v) => T(m('floor', v), m('ceil', v), m('trunc', v)))),
  'math.floor_big': () => T(m('floor', 10n ** 30n), m('ceil', -(10n ** 30n)), m('ceil', F(1e300))),
  'math.floor_dunder': () => {
    const fl = callType(classFloory(), [], null);
    return T(m('floor', fl), m('ceil', fl), m('trunc', fl), m('floor', callType(classFloaty(), [], null)));
  },
  'math.floor_inf': () => m('floor', F(Infinity)),
  'math.floor_nan': () => m('floor', F(NaN)),
  'math.floor_str': () => m('floor', '1.5'),
  'math.trunc_str': () => m('trunc', 'a'),
  'math.parts': () => T(m('modf', F(3.75)), m('modf', F(-2.5)), m('modf', 5), m('frexp', 8), m('frexp', F(0.1)), m('ldexp', F(0.5), 4)),
  'math.ldexp_float': () => m('ldexp', F(1.0), F(1.5)),
  'math.fmod': () => T(m('fmod', 7, 3), m('fmod', -7, 3), m('fmod', F(7.5), -2), m('remainder', 10, 3), m('remainder', 11, 3), m('copysign', 3, F(-0.0))),
  'math.fmod_zero': () => m('fmod', 1, 0),
  'math.pow': () => T(m('pow', 2, 10), m('pow', 2, F(0.5)), m('pow', -8, 3), m('pow', 0, 0)),
  'math.pow_domain': () => m('pow', -1, F(0.5)),
  'math.pow_zero_negative': () => m('pow', 0, -1),
  'math.pow_arity': () => m('pow', 1),
  'math.classify': () => T(m('isfinite', F(1e308)), m('isinf', F(-Infinity)), m('isnan', F(NaN)), m('isclose', F(1.0), F(1.0000000001)),
    ck(M('math', 'isclose'), [1, F(1.1)], { rel_tol: F(0.2) }), ck(M('math', 'isclose'), [0, F(1e-10)], { abs_tol: F(1e-9) })),
  'math.isclose_negative_tol': () => ck(M('math', 'isclose'), [1, 1], { rel_tol: -1 }),
  'math.isclose_positional': () => m('isclose', 1, 2, 1),
  'math.sums': () => T(m('fsum', L(...Array.from({ length: 10 }, () => F(0.1)))), m('prod', L(1, 2, 3, 4)), ck(M('math', 'prod'), [L(F(1.5), 2)], { start: 2 }),
    ck(M('math', 'prod'), [L('a')], { start: 2 }), m('prod', L())),
  'math.fsum_str': () => m('fsum', L('a')),
  'math.prod_positional': () => m('prod', L(1, 2), 3),
  'math.hypot_dist': () => T(m('hypot', 3, 4), m('hypot'), m('hypot', 1, 2, 2), m('dist', L(1, 1), L(4, 5)), m('dist', T(0), T(2))),
  'math.dist_mismatch': () => m('dist', L(1), L(1, 2)),
  'math.integers': () => T(m('factorial', 10), m('factorial', 25), m('factorial', true), m('gcd', 12, 18), m('gcd'), m('gcd', 2n ** 70n, 6), m('lcm', 4, 6), m('lcm'), m('isqrt', 10n ** 20n + 1n)),
  'math.comb_perm': () => T(m('comb', 10, 3), m('comb', 5, 7), m('perm', 5, 2), m('perm', 5), m('comb', 100, 50)),
  'math.factorial_float': () => m('factorial', F(1.5)),
  'math.factorial_negative': () => m('factorial', -1),
  'math.factorial_list': () => m('factorial', L(3)),
  'math.gcd_float': () => m('gcd', F(1.5)),
  'math.comb_arity': () => m('comb', 1),
  'math.comb_negative': () => m('comb', -1, 1),
  'math.isqrt_negative': () => m('isqrt', -1),
  'math.angles': () => T(m('degrees', M('math', 'pi')), m('radians', 180), m('cbrt', 27), m('exp2', 10)),
  'math.next': () => T(m('nextafter', 1, 2), m('ulp', 1), m('ulp', F(0.0))),
  'math.fabs_big': () => m('fabs', -(2n ** 2000n)),
};

const R = (name: string): PyValue => M('random', name);
const r = (name: string, ...args: PyValue[]): PyValue => ca(R(name), ...args);
const gen = (seed: PyValue): PyValue => ca(R('Random'), seed);
const times = <X>(n: number, f: () => X): X[] => Array.from({ length: n }, f);

export const RANDOM_CASES: Cases = {
  'random.random': () => {
    const g = gen(42);
    return L(...times(5, () => me(g, 'random')));
  },
  'random.module_seed': () => {
    r('seed', 12345);
    return L(r('random'), r('randint', 1, 100), r('choice', 'abcdef'));
  },
  'random.seed_string': () => {
    const g = gen('hello');
    return T(me(g, 'random'), me(g, 'getrandbits', 70));
  },
  'random.seed_bytes': () => me(gen(B('hello')), 'random'),
  'random.seed_float': () => me(gen(F(3.5)), 'random'),
  'random.seed_negative': () => T(me(gen(-7), 'random'), me(gen(7), 'random')),
  'random.seed_bigint': () => me(gen(2n ** 100n + 17n), 'random'),
  'random.seed_bool': () => me(gen(true), 'random'),
  'random.seed_v1': () => {
    const g = ca(R('Random'));
    mk(g, 'seed', ['hello'], { version: 1 });
    return me(g, 'random');
  },
  'random.seed_bad': () => r('seed', L(1)),
  'random.getrandbits': () => {
    const g = gen(1);
    return L(...[0, 1, 8, 32, 33, 53, 64, 100].map((k) => me(g, 'getrandbits', k)));
  },
  'random.getrandbits_negative': () => r('getrandbits', -1),
  'random.randint': () => {
    const g = gen(7);
    return L(...times(10, () => me(g, 'randint', 1, 6)));
  },
  'random.randint_big': () => {
    const g = gen(7);
    return L(me(g, 'randint', 0, 2n ** 80n), me(g, 'randint', -(2n ** 70n), 2n ** 70n));
  },
  'random.randrange': () => {
    const g = gen(3);
    return L(me(g, 'randrange', 10), me(g, 'randrange', 5, 50, 5), me(g, 'randrange', 100, 0, -7), me(g, 'randrange', F(10.0)));
  },
  'random.randrange_empty': () => r('randrange', 0),
  'random.randrange_float': () => r('randrange', F(1.5)),
  'random.randrange_step_float': () => r('randrange', 1, 10, F(1.5)),
  'random.randrange_empty_range': () => r('randrange', 5, 5),
  'random.randrange_zero_step': () => r('randrange', 1, 5, 0),
  'random.randrange_missing_stop': () => r('randrange', 10, N, 2),
  'random.randint_arity': () => r('randint', 1),
  'random.randint_too_many': () => r('randint', 1, 2, 3),
  'random.randint_float': () => r('randint', 1, F(2.5)),
  'random.choice': () => {
    const g = gen(5);
    return L(...times(8, () => me(g, 'choice', 'abcdefg')), me(g, 'choice', range(1000)), me(g, 'choice', T(1, 2)));
  },
  'random.choice_empty': () => r('choice', L()),
  'random.shuffle': () => {
    const g = gen(9);
    const x = list(range(10));
    me(g, 'shuffle', x);
    const y = L('a', 'b', 'c');
    me(g, 'shuffle', y);
    return T(x, y);
  },
  'random.sample': () => {
    const g = gen(11);
    return T(me(g, 'sample', range(100), 5), me(g, 'sample', 'abcdefgh', 3), me(g, 'sample', range(10 ** 6), 4), L(...(me(g, 'sample', range(30), 30) as PyList).items.slice(0, 5)));
  },
  'random.sample_counts': () => mk(gen(11), 'sample', [L('red', 'blue')], { counts: L(4, 2), k: 5 }),
  'random.sample_set': () => r('sample', set(1, 2), 1),
  'random.sample_too_large': () => r('sample', L(1), 2),
  'random.sample_counts_mismatch': () => ck(R('sample'), [range(10), 3], { counts: L(...times(9, () => 1)) }),
  'random.sample_counts_float': () => ck(R('sample'), [L(1, 2), 2], { counts: L(F(1.5), 1) }),
  'random.choices': () => {
    const g = gen(13);
    return T(mk(g, 'choices', ['abc'], { k: 5 }), mk(g, 'choices', [range(4)], { weights: L(1, 0, 5, 2), k: 6 }),
      mk(g, 'choices', ['xy'], { cum_weights: L(1, 10), k: 4 }), me(g, 'choices', L(1, 2)));
  },
  'random.choices_weights_mismatch': () => r('choices', L(1), L(1, 2)),
  'random.choices_k_positional': () => r('choices', L(1), 5),
  'random.choices_negative_k': () => ck(R('choices'), [L(1)], { k: -1 }),
  'random.choices_both': () => ck(R('choices'), [L(1), L(1)], { cum_weights: L(1) }),
  'random.choices_zero_weights': () => r('choices', L(1, 2), L(0, 0)),
  'random.floats': () => {
    const g = gen(17);
    return T(me(g, 'uniform', 1, 10), me(g, 'uniform', 5, -5), me(g, 'triangular'), me(g, 'triangular', 0, 10, 2), me(g, 'triangular', 1, 1, 1), me(g, 'triangular', 1, 1));
  },
  'random.gauss': () => {
    const g = gen(19);
    return L(me(g, 'gauss'), me(g, 'gauss', 10, 2), me(g, 'gauss'), me(g, 'normalvariate'), me(g, 'normalvariate', 5, F(0.5)));
  },
  'random.gauss_seed_resets': () => {
    const g = gen(19);
    me(g, 'gauss');
    me(g, 'seed', 19);
    return me(g, 'gauss');
  },
  'random.distributions': () => {
    const g = gen(23);
    return T(me(g, 'expovariate', F(1.5)), me(g, 'lognormvariate', 0, 1), me(g, 'paretovariate', 3), me(g, 'weibullvariate', 1, F(1.5)),
      me(g, 'vonmisesvariate', 1, 4), me(g, 'vonmisesvariate', 1, 0));
  },
  'random.gamma_beta': () => {
    const g = gen(29);
    return T(me(g, 'gammavariate', F(0.5), 1), me(g, 'gammavariate', 1, 2), me(g, 'gammavariate', 3, 1), me(g, 'betavariate', 2, 3));
  },
  'random.gamma_bad': () => r('gammavariate', 0, 1),
  'random.expovariate_arity': () => r('expovariate'),
  'random.state': () => {
    const g = gen(31);
    const s = me(g, 'getstate') as PyTuple;
    const a = L(...times(3, () => me(g, 'random')));
    me(g, 'setstate', s);
    const internal = s.items[1] as PyTuple;
    return T(op.eq(a, L(...times(3, () => me(g, 'random')))), s.items[0]!, internal.items.length, internal.items[624]!, s.items[2]!);
  },
  'random.state_gauss': () => {
    const g = gen(31);
    me(g, 'gauss');
    const s = me(g, 'getstate') as PyTuple;
    const x = me(g, 'gauss');
    me(g, 'setstate', s);
    return T(op.eq(x, me(g, 'gauss')), s.items[2] !== null);
  },
  'random.setstate_version': () => me(gen(5), 'setstate', T(1, 2)),
  'random.randbytes': () => me(gen(37), 'randbytes', 10),
  'random.instances_independent': () => {
    const a = gen(1);
    const b = gen(1);
    me(a, 'random');
    return T(op.eq(me(a, 'random'), me(b, 'random')), op.eq(me(b, 'random'), me(gen(1), 'random')));
  },
  'random.random_args': () => r('random', 1),
  'random.class_repr': () => T(repr(R('Random')), at(at(gen(1), '__class__'), '__name__')),
};
