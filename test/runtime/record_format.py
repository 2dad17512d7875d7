# Records CPython 3.11's float repr, format() and %-formatting results into format-expected.json,
# the golden data for test/runtime/float-format.test.ts. Run from the repo root with CPython 3.11:
#   python3 test/runtime/record_format.py            (writes test/runtime/format-expected.json)
#   python3 test/runtime/record_format.py fuzz N OUT (a larger random set, for local checking)
import json
import math
import random
import struct
import sys


def enc(v):
    """Tag a Python value so the TypeScript side can rebuild it (floats kept apart from ints)."""
    if isinstance(v, bool):
        return {'b': v}
    if isinstance(v, int):
        return {'i': str(v)}
    if isinstance(v, float):
        return {'f': repr(v)}
    if isinstance(v, str):
        return {'s': v}
    if v is None:
        return {'n': 0}
    if isinstance(v, tuple):
        return {'t': [enc(x) for x in v]}
    if isinstance(v, list):
        return {'l': [enc(x) for x in v]}
    if isinstance(v, dict):
        return {'d': [[k, enc(x)] for k, x in v.items()]}
    raise TypeError(type(v))


def outcome(fn):
    try:
        return {'ok': fn()}
    except Exception as e:  # noqa: BLE001 - we record whatever CPython raises
        return {'err': [type(e).__name__, str(e)]}


def bits_to_float(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def repr_values(rng):
    vals = [10.0 ** k for k in range(-30, 31)]
    vals += [-(10.0 ** k) for k in (-5, -4, 0, 15, 16)]
    vals += [rng.random() * 10.0 ** rng.randint(-30, 30) for _ in range(80)]
    while len(vals) < 240:
        x = bits_to_float(rng.getrandbits(64))
        if math.isfinite(x):
            vals.append(x)
    vals += [5e-324, -5e-324, 1e-310, 2.2250738585072014e-308, 2.225073858507201e-308,
             1.7976931348623157e308, 4.9406564584124654e-324 * 3]
    vals += [0.5, 1.5, 2.5, 0.125, 2.675, 1.005, 0.1 + 0.2, 1 / 3, 2 / 3, 0.1, 0.2, 0.3,
             100.0, 1e-4, 9.999999999999999e-05, 1e-5, 0.00012345, 1e15, 1e16, 9999999999999998.0,
             2.0 ** 53, 2.0 ** 53 + 2, 9007199254740993.0, 123456789012345.0, 1234567890123456.0,
             12345678901234567.0, 2.0 ** 63, 2.0 ** 64, 1e22, 1e23, 123.456, -123.456, 3.141592653589793,
             2.718281828459045, 1e100, 1.23e-100, 0.0, -0.0, math.inf, -math.inf, math.nan, 7.0, -1.0]
    return vals


FLOAT_SPECS = ['', '.0', '.1', '.3', '.17', '#', '#.3', 'e', 'E', '.0e', '#.0e', '.3e', '.20e', 'f', 'F',
               '.0f', '#.0f', '.2f', '.10f', '.30f', 'g', 'G', '.0g', '.1g', '.3g', '#g', '#.3g', '.17g',
               'n', '%', '.1%', 'z', 'z.1f', '+', ' ', '-', '10', '<10', '^10', '=10', '*>12.3f', '010',
               '+010.2f', ',', '_', ',.2f', '_.3e', '012,.1f', '0=+15,.2f', '015_.3e', ',g', '020,',
               '\U0001F600^9.2f', '.120f', '.101e', '#.5g']
FLOATS = [0.0, -0.0, 1.0, -1.5, 0.5, 2.5, 0.125, 2.675, 1234.5, 1234567.891, 0.0001234, 1.5e-7,
          1e16, 1e22, 123456789012345.0, 9.999, 9.5, 1e300, 5e-324, 0.1, -0.001, math.inf, -math.inf,
          math.nan, 1 / 3, 99.995]
INT_SPECS = ['', 'd', 'n', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c', ',', '_', '_b', '_x', '#_o',
             '+', ' ', '10', '<10', '^10', '=10', '010', '0=10,', '09,', '*^+#12x', '+#010X', 'e', '.2f',
             '%', 'g', ',.1f', '-', '#012_b']
INTS = [0, 1, -1, 7, 42, -255, 65, 1234, -1234567, 2 ** 31, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53 + 1,
        10 ** 20, -(10 ** 30) - 7, 2 ** 100, 0x10FFFF]
STR_SPECS = ['', 's', '10', '<10', '>10', '^10', '*^11', '.2', '10.2s', '^7.1', '\U0001F600>5', '05', '<05',
             'x<05', '.0']
STRS = ['', 'a', 'abc', 'hello world', '\U0001F600ab', 'é']
ERROR_CASES = [
    (1.5, 'd'), (1.5, 'x'), (1.5, 'c'), (1.5, 's'), (1, 's'), ('a', 'd'), ('a', 'f'), ('a', '+'), ('a', '-'),
    ('a', ' '), ('a', '#'), ('a', '='), ('a', '>='), ('a', ','), ('a', '_'), ('a', 'z'), ('a', 'z#'),
    ('a', '=z'), (1, '.2d'), (1, '.2'), (1, 'z'), (1, 'zd'), (1, 'z.2d'), (1, 'zc'), (1, '+zc'), (1, '+c'),
    (1, '#c'), (1, ',c'), (1, '.2c'), (0x110000, 'c'), (-1, 'c'), (2 ** 64, 'c'), (1, ',x'), (1, ',b'),
    (1, ',_'), (1, '_,'), (1, ',,'), (1, '__'), (1, ',n'), (1.5, ',n'), (1.5, '_n'), (1, '.'), (1.5, '.'),
    ('a', '.'), (1.5, 'abc'), (1, 'xx'), ('a', 'ss'), (1, '99999999999999999999'),
    (1, '.99999999999999999999'), (1.5, '.99999999999'), (1, '.99999999999'), (1, '\x01'), (1, '\xe9'),
    (1, '\x7f'), (1.5, '\U0001F600'), (10 ** 400, 'f'), (10 ** 400, 'e'), (1.0, '#r'), (True, 's'),
]


def format_cases(rng):
    cases = []
    for v in FLOATS:
        for s in FLOAT_SPECS:
            if rng.random() < 0.35 or s in ('', '.3', 'e', 'f', 'g'):
                cases.append((v, s))
    for v in INTS:
        for s in INT_SPECS:
            if rng.random() < 0.5 or s in ('', 'x', ','):
                cases.append((v, s))
    for v in STRS:
        for s in STR_SPECS:
            cases.append((v, s))
    cases += ERROR_CASES
    cases += [(True, ''), (True, 'd'), (False, '>5'), (True, '.1f')]
    return cases


PERCENT_CASES = [
    ('%5%', ()), ('%5%', (1,)), ('%%', ()), ('100%%', ()), ('abc%', ()), ('%(a)s', (1,)), ('%(a', {'a': 1}),
    ('%(a)s %s', {'a': 1}), ('%s', {'a': 1}), ('hi', {'a': 1}), ('hi', 5), ('hi', ()), ('%s %s', (1,)),
    ('%s', (1, 2)), ('%z', ()), ('%z', (1,)), ('%\U0001F600', (1,)), ('\U0001F600%y', (1,)),
    ('%d', ('a',)), ('%x', (1.5,)), ('%d', (3.7,)), ('%d', (-3.7,)), ('%d', (math.inf,)), ('%d', (math.nan,)),
    ('%f', ('a',)), ('%c', ('ab',)), ('%c', (1.5,)), ('%c', (0x110000,)), ('%c', (-1,)), ('%c', (65,)),
    ('%5c', ('x',)), ('%-5c|', ('x',)), ('%05s', ('ab',)), ('%-05d|', (42,)), ('%05d', (-42,)),
    ('%+05d', (42,)), ('% 5d', (42,)), ('%#x', (255,)), ('%#X', (255,)), ('%#o', (8,)), ('%#10x', (255,)),
    ('%#010x', (255,)), ('%-#10x|', (255,)), ('%#.5x', (255,)), ('%.5d', (-42,)), ('%+.3d', (7,)),
    ('%x', (-255,)), ('%#x', (-255,)), ('%#012X', (-255,)), ('%*d', (5, 42)), ('%-*d|', (5, 42)),
    ('%*d', (-5, 42)), ('%.*f', (2, 3.14159)), ('%.*f', (-2, 3.14159)), ('%*d', ('a', 1)),
    ('%*d', (2.0, 1)), ('%*.*f', (10, 3, 3.14159)), ('%s', (None,)), ('%r', ('a',)), ('%r', ("it's",)),
    ('%a', ('\xe9\u20ac\U0001F600',)), ('%.2s', ('abc',)), ('%5.2s|', ('abc',)), ('%-5s|', ('ab',)),
    ('%f', (1,)), ('%e', (10 ** 400,)), ('%g', (0.0001,)), ('%g', (1e-5,)), ('%G', (1e-5,)),
    ('%#g', (1.0,)), ('%#.0f', (1.0,)), ('%#.0e', (1.0,)), ('%.0g', (123.0,)), ('%F', (math.inf,)),
    ('%010.2f', (-3.14159,)), ('%+f', (math.nan,)), ('%010f', (math.inf,)), ('% f', (1.5,)),
    ('%-010.2f|', (3.14159,)), ('%ld %hi %Ls', (1, 2, 'x')), ('%i %u', (3, 4)),
    ('%(a)s %(b)d', {'a': 'x', 'b': 2}), ('%(a)s', {'b': 1}), ('%((a))s', {'(a)': 5}),
    ('%.150f', (0.1,)), ('%s', (1.0,)), ('%r', (1e16,)), ('%d', (True,)), ('%s', (True,)), ('%x', (True,)),
    ('%.3d', (True,)), ('%c', ('\U0001F600',)), ('%3c|', ('\U0001F600',)), ('%5s|', ('\U0001F600',)),
    ('%.1s|', ('\U0001F600b',)), ('%  5d', (3,)), ('%-+5d|', (3,)), ('%0-5d|', (3,)), ('%#5o', (8,)),
    ('%#05o', (8,)), ('%s%', (1,)), ('%d', (2 ** 70,)), ('%x', (2 ** 70,)), ('%X', (-(2 ** 70),)),
    ('%.0f', (0.5,)), ('%.0f', (1.5,)), ('%.2f', (2.675,)), ('%.1f', (0.25,)), ('%5.1f%%', (99.5,)),
    ('%e', (0.0,)), ('%g', (-0.0,)), ('%d', (-0.0,)), ('%s and %r', ('x', 'y')), ('%s', ((1, 2),)),
    ('%s', ([1, 2],)), ('%s-%s', [1, 2]), ('x', []), ('%-8.3e|', (12345.678,)), ('%+.2e', (-0.000123,)),
    ('%08.3g', (-1234.5,)), ('%#x', (0,)), ('%o', (-8,)), ('%.2f%%', (12.345,)), ('%3s|%-3s|', ('a', 'b')),
]


def main():
    rng = random.Random(20231111)
    reprs = [[repr(x), repr(x)] for x in repr_values(rng)]
    fmt = [[enc(v), s, outcome(lambda v=v, s=s: format(v, s))] for v, s in format_cases(rng)]
    pct = [[t, enc(a), outcome(lambda t=t, a=a: t % a)] for t, a in PERCENT_CASES]
    data = {'python': sys.version.split()[0], 'repr': reprs, 'format': fmt, 'percent': pct}
    with open('test/runtime/format-expected.json', 'w') as fh:
        json.dump(data, fh, indent=0)
        fh.write('\n')
    print(f'{len(reprs)} reprs, {len(fmt)} format cases, {len(pct)} percent cases')


def fuzz(n, out):
    rng = random.Random(n)
    aligns = ['', '<', '>', '^', '=']
    cases = []
    for _ in range(n):
        kind = rng.choice(['f', 'f', 'i', 's'])
        if kind == 'f':
            v = rng.choice([bits_to_float(rng.getrandbits(64)), rng.random() * 10.0 ** rng.randint(-12, 22),
                            round(rng.uniform(-1000, 1000), rng.randint(0, 4)), rng.randint(-99, 99) / 8])
        elif kind == 'i':
            v = rng.choice([rng.randint(-1000, 1000), rng.getrandbits(rng.randint(1, 200)) * rng.choice([1, -1])])
        else:
            v = rng.choice(['', 'ab', 'hello'])
        spec = ''
        if rng.random() < 0.4:
            spec += rng.choice(['', '*', '0', 'x']) + rng.choice(aligns[1:])
        spec += rng.choice(['', '', '+', '-', ' '])
        spec += rng.choice(['', '', '', 'z'])
        spec += rng.choice(['', '', '#'])
        spec += rng.choice(['', '', '0'])
        spec += rng.choice(['', '', str(rng.randint(1, 30))])
        spec += rng.choice(['', '', ',', '_'])
        spec += rng.choice(['', '', '.' + str(rng.randint(0, 25))])
        spec += rng.choice(['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', 'd', 'x', 'X', 'b', 'o', 'c', 's'])
        cases.append([enc(v), spec, outcome(lambda v=v, s=spec: format(v, s))])
    reprs = []
    for _ in range(n):
        x = bits_to_float(rng.getrandbits(64))
        if math.isfinite(x):
            reprs.append([repr(x), repr(x)])
    pct = []
    for _ in range(n):
        conv = rng.choice('sdiouxXeEfFgGcr')
        t = '%' + rng.choice(['', '-', '+', ' ', '#', '0', '-0', '+0', '#0', '# ']) + \
            rng.choice(['', str(rng.randint(1, 20))]) + rng.choice(['', '.' + str(rng.randint(0, 20))]) + conv
        v = rng.choice([rng.randint(-10 ** 6, 10 ** 6), rng.uniform(-1e6, 1e6), bits_to_float(rng.getrandbits(64)), 'txt'])
        if conv == 'c':
            v = rng.choice([rng.randint(32, 1000), 'q'])
        pct.append([t, enc((v,)), outcome(lambda t=t, v=v: t % (v,))])
    with open(out, 'w') as fh:
        json.dump({'python': sys.version.split()[0], 'repr': reprs, 'format': cases, 'percent': pct}, fh)


if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == 'fuzz':
        fuzz(int(sys.argv[2]), sys.argv[3])
    else:
        main()
