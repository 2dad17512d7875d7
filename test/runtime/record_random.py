# Records seeded sequences from CPython 3.11's random module into random-expected.json, the
# golden data for test/runtime/random-mt.test.ts. Run from the repo root with CPython 3.11:
#   python3 test/runtime/record_random.py
import json
import random
import sys

SEEDS = [0, 1, 42, 12345, 2 ** 40 + 7, -5, int('7' * 100), 2 ** 64 - 1, 2 ** 32]


def sequences(r):
    """Every method the TypeScript side replays, in this exact order on one generator."""
    out = {}
    out['random'] = [repr(r.random()) for _ in range(20)]
    out['randint'] = [r.randint(1, 100) for _ in range(20)]
    out['randrange'] = [r.randrange(0, 1000, 7) for _ in range(10)]
    out['randrange_neg'] = [r.randrange(50, -50, -3) for _ in range(10)]
    out['randrange_big'] = [str(r.randrange(10 ** 30)) for _ in range(5)]
    out['randint_big'] = [str(r.randint(-2 ** 70, 2 ** 70)) for _ in range(5)]
    out['getrandbits'] = [str(r.getrandbits(k)) for k in (1, 7, 31, 32, 33, 53, 54, 64, 70, 200)]
    xs = list(range(20))
    r.shuffle(xs)
    out['shuffle'] = xs
    out['sample_small'] = r.sample(range(100), 10)
    out['sample_big'] = r.sample(range(10 ** 6), 5)
    out['sample_all'] = r.sample(range(30), 30)
    out['sample_setsize'] = r.sample(range(200), 40)
    out['sample_counts'] = r.sample(['a', 'b', 'c'], counts=[3, 1, 5], k=6)
    out['choice'] = [r.choice(range(17)) for _ in range(10)]
    out['choices'] = r.choices(range(10), k=10)
    out['choices_weights'] = r.choices(range(5), weights=[1, 2, 3, 4.5, 0.5], k=10)
    out['choices_cum'] = r.choices(range(4), cum_weights=[1, 1, 5, 10], k=10)
    out['uniform'] = [repr(r.uniform(-3.5, 10.25)) for _ in range(5)]
    out['triangular'] = [repr(r.triangular(0.0, 10.0, 2.5)) for _ in range(5)]
    mixed = []
    for _ in range(10):
        mixed.append(repr(r.gauss(1.5, 2.0)))
        mixed.append(repr(r.random()))
    out['gauss_mixed'] = mixed
    out['normalvariate'] = [repr(r.normalvariate(0.0, 1.0)) for _ in range(5)]
    out['expovariate'] = [repr(r.expovariate(1.5)) for _ in range(5)]
    out['lognormvariate'] = [repr(r.lognormvariate(0.0, 0.5)) for _ in range(3)]
    out['after'] = [repr(r.random()) for _ in range(3)]
    return out


def main():
    data = {'python': sys.version.split()[0], 'int_seeds': [], 'other': {}}
    for s in SEEDS:
        data['int_seeds'].append({'seed': str(s), 'seq': sequences(random.Random(s))})
    for label, seed in [('str', 'hello'), ('str_unicode', 'h\xe9llo \U0001F600'), ('bytes', b'\x00\xffabc'),
                        ('float', 3.75), ('float_neg', -2.5), ('float_frac', 0.1)]:
        data['other'][label] = sequences(random.Random(seed))
    r = random.Random(99)
    data['gauss_many'] = [repr(r.gauss()) for _ in range(2000)]
    state = random.Random(7).getstate()
    data['state7'] = {'internal': list(state[1]), 'gauss': state[2]}
    with open('test/runtime/random-expected.json', 'w') as fh:
        json.dump(data, fh)
        fh.write('\n')
    print(f'{len(SEEDS)} int seeds, {len(data["other"])} other seeds')


if __name__ == '__main__':
    main()
