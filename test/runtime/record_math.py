# Records CPython 3.11's math module results into math-expected.json, the golden data for
# test/runtime/pymath.test.ts: `cases` must match exactly (repr of the result, or the exception
# type and message); `bulk` holds random arguments per function for the libm accuracy check.
# Run from the repo root with CPython 3.11:  python3 test/runtime/record_math.py
import json
import math
import random
import sys

INF, NAN = math.inf, math.nan
SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 10.0, 0.1, 1e-300, -1e-300, 5e-324, 1e300, -1e300,
           INF, -INF, NAN, 1e-10, 100.0, 710.0, -750.0, 3.141592653589793, 1e22, 1e300, 0.75, 1.5, 30.0]


def enc(v):
    if isinstance(v, bool):
        return {'b': v}
    if isinstance(v, int):
        return {'i': str(v)}
    if isinstance(v, float):
        return {'f': repr(v)}
    if isinstance(v, (list, tuple)):
        return {'l': [enc(x) for x in v]}
    if v is None:
        return {'n': 0}
    raise TypeError(type(v))


def run(name, args, kwargs=None):
    fn = getattr(math, name)
    try:
        return {'ok': repr(fn(*args, **(kwargs or {})))}
    except Exception as e:  # noqa: BLE001 - record whatever CPython raises
        return {'err': [type(e).__name__, str(e)]}


def exact_cases(rng):
    cases = []

    def add(name, *args, **kw):
        cases.append([name, [enc(a) for a in args], {k: enc(v) for k, v in kw.items()}, run(name, args, kw)])

    unary = ['sqrt', 'cbrt', 'exp', 'exp2', 'expm1', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
             'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'erf', 'erfc', 'gamma', 'lgamma', 'fabs',
             'floor', 'ceil', 'trunc', 'modf', 'frexp', 'isfinite', 'isinf', 'isnan', 'degrees', 'radians',
             'ulp', 'log', 'log2', 'log10']
    for name in unary:
        for x in SPECIAL:
            add(name, x)
    for name in ('log', 'log2', 'log10'):
        for x in [1, 2, 8, 10, 1000, 10 ** 22, 2 ** 1023, 2 ** 1024, 10 ** 400, 3 ** 1000, 0, -1, -(10 ** 400),
                  True, 2 ** 53 + 1]:
            add(name, x)
    for x, b in [(8.0, 2.0), (100, 10), (10 ** 400, 10), (2 ** 2000, 2), (1, 1), (5.0, 1.0), (0.0, 2.0),
                 (8, -2), (8, 0.5), (27, 3)]:
        add('log', x, b)
    for name in ('gamma', 'lgamma'):
        for x in [1.0, 2.0, 3.0, 5.0, 23.0, 24.0, 0.5, 1.5, -0.5, -1.5, -2.0, -3.0, 171.0, 172.0, 200.0, 201.0,
                  -200.5, -201.5, 1e-21, -1e-21, 1e-300, 4.5, 10.25, -7.75, 140.5, 141.0, 1e308]:
            add(name, x)
    pairs = [(2.0, 10.0), (2.0, 0.5), (-8.0, 1 / 3), (0.0, -1.0), (-0.0, -3.0), (-0.0, 3.0), (0.0, 0.0),
             (INF, -1.0), (-INF, 3.0), (-INF, -3.0), (NAN, 0.0), (1.0, NAN), (-1.0, INF), (0.5, -INF),
             (2.0, INF), (10.0, 400.0), (10.0, -400.0), (-2.0, 3.0), (-2.0, 0.5), (1.0000001, 1e10),
             (3.0, 34.0), (1.5, 34.0), (10.0, 15.0), (10.0, -5.0), (2.0, -1074.0), (2.0, -1075.0), (7.0, 2.0)]
    for x, y in pairs:
        add('pow', x, y)
    for y in [0.0, -0.0, 1.0, -1.0, INF, -INF, NAN]:
        for x in [0.0, -0.0, 1.0, -1.0, INF, -INF, NAN]:
            add('atan2', y, x)
    for x, y in [(5.5, 2.0), (-5.5, 2.0), (5.5, -2.0), (1.0, 0.0), (INF, 1.0), (1.0, INF), (-0.0, 1.0),
                 (1e300, 1e-300), (NAN, 1.0), (3.0, 1.5)]:
        add('fmod', x, y)
        add('remainder', x, y)
        add('copysign', x, y)
        add('nextafter', x, y)
    for x, y in [(5.0, 2.0), (7.0, 2.0), (-7.0, 2.0), (4.5, 1.0), (5.5, 1.0), (1e-310, 3e-310)]:
        add('remainder', x, y)
    for x, i in [(1.0, 10), (1.0, -1074), (1.0, -1075), (1.5, -1075), (0.75, -1074), (3.0, 1023), (1.0, 1024),
                 (0.0, 10 ** 30), (1.0, 10 ** 30), (1.0, -(10 ** 30)), (-1.0, 2 ** 40), (INF, -5), (NAN, 3),
                 (2.5, -1073), (1.0000000000000002, -1074)]:
        add('ldexp', x, i)
    for a, b, kw in [(1.0, 1.0 + 1e-10, {}), (1.0, 1.1, {}), (1.0, 1.1, {'rel_tol': 0.2}),
                     (0.0, 1e-12, {'abs_tol': 1e-11}), (INF, INF, {}), (INF, -INF, {}), (NAN, NAN, {}),
                     (1.0, 2.0, {'rel_tol': -1.0}), (1.0, 2.0, {'abs_tol': -1.0})]:
        add('isclose', a, b, **kw)
    for args in [(3.0, 4.0), (), (5.0,), (-5.0,), (1.0, 1.0, 1.0), (INF, NAN), (NAN, 1.0), (1e308, 1e308),
                 (1e-320, 1e-320), (3, 4, 12), (1e-200, 1e-200, 1e-200), (0.1, 0.2, 0.3, 0.4),
                 tuple(float(i) for i in range(20))]:
        add('hypot', *args)
    for p, q in [((0.0, 0.0), (3.0, 4.0)), ((1.0,), (5.0,)), ((1.0, 2.0), (1.0,)), ((), ()),
                 ((1e308, -1e308), (-1e308, 1e308)), ((0.1, 0.2, 0.3), (0.3, 0.2, 0.1))]:
        add('dist', p, q)
    for xs in [[0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [], [-0.0], [1e308, 1e308],
               [INF, 1.0], [INF, -INF], [NAN, 1.0], [1e-16, 1.0, 1e16], [2.0 ** 53, -0.5, -2.0 ** -54],
               [0.1, 0.2, 0.3], [1, 2, 3], [10 ** 400], [1.7976931348623157e308, -1e292]]:
        add('fsum', xs)
    for xs, kw in [([1, 2, 3, 4], {}), ([], {}), ([2.0, 3], {}), ([2, 3.0], {}), ([10 ** 20, 10 ** 20], {}),
                   ([1, 2], {'start': 0.5}), ([], {'start': 7}), ([10 ** 400, 1.5], {}), ([True, 3], {})]:
        add('prod', xs, **kw)
    for n in list(range(0, 26)) + [30, 100, -1, 2 ** 70]:
        add('factorial', n)
    for n, k in [(10, 3), (10, 0), (10, 10), (10, 11), (100, 50), (0, 0), (-1, 2), (5, -1), (60, 30),
                 (10 ** 20, 2), (2 ** 70, 3)]:
        add('comb', n, k)
        add('perm', n, k)
    for n in [0, 5, 20, -3]:
        add('perm', n)
    for args in [(), (12,), (-12,), (12, 18), (12, -18), (0, 0), (0, 5), (2 ** 80, 2 ** 70 * 3), (6, 10, 15),
                 (3 * 10 ** 30, 12 * 10 ** 20)]:
        add('gcd', *args)
        add('lcm', *args)
    for n in [0, 1, 2, 3, 4, 15, 16, 17, 2 ** 52 - 1, 2 ** 53 - 1, 2 ** 53, 10 ** 30, 10 ** 100 + 12345, -1,
              (2 ** 26 + 1) ** 2 - 1]:
        add('isqrt', n)
    for x in [1e16, -1e16, 2.5, -2.5, 1e300, 9007199254740993.0, 0.99999999999999989]:
        add('floor', x)
        add('ceil', x)
        add('trunc', x)
    for name in ('sin', 'cos', 'tan'):
        for x in [1e6, 1e15, 1e100, 1.7976931348623157e308, 6381956970095103.0 * 2.0 ** 797, 5.0e-324,
                  1.5707963267948966, 3.141592653589793, 0.7853981633974483, 1e-8]:
            add(name, x)
    return cases


BULK = {
    'exp': lambda r: r.uniform(-745, 709), 'exp2': lambda r: r.uniform(-1074, 1023),
    'expm1': lambda r: r.uniform(-40, 40), 'log': lambda r: math.exp(r.uniform(-740, 709)),
    'log2': lambda r: math.exp(r.uniform(-740, 709)), 'log10': lambda r: math.exp(r.uniform(-740, 709)),
    'log1p': lambda r: r.uniform(-0.999, 100), 'sin': lambda r: r.uniform(-100, 100),
    'cos': lambda r: r.uniform(-100, 100), 'tan': lambda r: r.uniform(-100, 100),
    'asin': lambda r: r.uniform(-1, 1), 'acos': lambda r: r.uniform(-1, 1), 'atan': lambda r: r.uniform(-50, 50),
    'sinh': lambda r: r.uniform(-710, 710), 'cosh': lambda r: r.uniform(-710, 710), 'tanh': lambda r: r.uniform(-20, 20),
    'asinh': lambda r: r.uniform(-1e6, 1e6), 'acosh': lambda r: r.uniform(1, 1e3), 'atanh': lambda r: r.uniform(-1, 1),
    'cbrt': lambda r: r.uniform(-1e6, 1e6), 'erf': lambda r: r.uniform(-6, 6), 'erfc': lambda r: r.uniform(-6, 27),
    'gamma': lambda r: r.uniform(-30, 171), 'lgamma': lambda r: r.uniform(-30, 1000),
    'sqrt': lambda r: r.uniform(0, 1e10), 'pow': lambda r: (r.uniform(0, 20), r.uniform(-50, 50)),
    'atan2': lambda r: (r.uniform(-10, 10), r.uniform(-10, 10)), 'hypot': lambda r: (r.uniform(-1e3, 1e3), r.uniform(-1e3, 1e3)),
    'fmod': lambda r: (r.uniform(-1e6, 1e6), r.uniform(-100, 100)),
}


def bulk_cases(rng, n):
    out = {}
    for name, gen in BULK.items():
        rows = []
        for _ in range(n):
            args = gen(rng)
            args = args if isinstance(args, tuple) else (args,)
            rows.append([[repr(a) for a in args], run(name, args)])
        out[name] = rows
    return out


def main():
    rng = random.Random(31337)
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    out = sys.argv[2] if len(sys.argv) > 2 else 'test/runtime/math-expected.json'
    data = {'python': sys.version.split()[0], 'cases': exact_cases(rng), 'bulk': bulk_cases(rng, n)}
    with open(out, 'w') as fh:
        json.dump(data, fh)
        fh.write('\n')
    print(f"{len(data['cases'])} exact cases, {n} bulk values for each of {len(BULK)} functions")


if __name__ == '__main__':
    main()
