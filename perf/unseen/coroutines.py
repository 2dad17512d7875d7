# A coroutine-style pipeline built from generators driven with send(): a producer pushes
# records through a parser, a filter, a moving-average stage and an aggregating sink, each
# a primed generator. Also uses throw() to flush and close() at the end. Prints the
# aggregates.
import sys

DEFAULT_N = 400000


def coroutine(func):
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start


class Flush(Exception):
    pass


@coroutine
def sink(results):
    count = 0
    total = 0.0
    buckets = {}
    try:
        while True:
            try:
                key, avg = (yield)
            except Flush:
                results.append(('flush', count, round(total, 4)))
                continue
            count += 1
            total += avg
            buckets[key] = buckets.get(key, 0) + 1
    finally:
        results.append(('closed', count, round(total, 4), sorted(buckets.items())))


@coroutine
def moving_average(target, width):
    window = []
    acc = 0.0
    while True:
        try:
            key, value = (yield)
        except Flush:
            target.throw(Flush)
            window = []
            acc = 0.0
            continue
        window.append(value)
        acc += value
        if len(window) > width:
            acc -= window.pop(0)
        if len(window) == width:
            target.send((key, acc / width))


@coroutine
def keep(target, predicate):
    while True:
        try:
            item = (yield)
        except Flush:
            target.throw(Flush)
            continue
        if predicate(item):
            target.send(item)


@coroutine
def parse(target):
    while True:
        try:
            line = (yield)
        except Flush:
            target.throw(Flush)
            continue
        key, _, value = line.partition('=')
        target.send((key.strip(), int(value)))


def producer(n):
    keys = ['alpha', 'beta', 'gamma', 'delta', 'eps']
    x = 12345
    for i in range(n):
        x = (x * 1664525 + 1013904223) % 4294967296
        yield '%s = %d' % (keys[x % 5], (x >> 16) % 1000)


def main(n):
    results = []
    end = sink(results)
    pipeline = parse(keep(moving_average(end, 8), lambda kv: kv[1] % 7 != 3))
    for i, line in enumerate(producer(n)):
        pipeline.send(line)
        if i % 50000 == 49999:
            pipeline.throw(Flush)
    end.close()
    return '\n'.join(repr(r) for r in results)


if __name__ == '__main__':
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))
