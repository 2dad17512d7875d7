# A generator pipeline: integers flow through chained generators (a filter that keeps
# numbers with no small factor, a running-window stage, a mapping stage built from a
# generator expression, and a batching stage that uses yield from and send). Prints a
# summary of what reaches the end of the pipeline.
import sys

DEFAULT_N = 3000000


def numbers(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def coprime_to_small(source):
    for value in source:
        if value % 2 and value % 3 and value % 5 and value % 7:
            yield value


def windows(source, size):
    window = []
    for value in source:
        window.append(value)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)


def spread(source):
    return (w[-1] - w[0] for w in source)


def batches(source, size):
    batch = []
    for value in source:
        batch.append(value)
        if len(batch) == size:
            yield from summarize(batch)
            batch = []
    if batch:
        yield from summarize(batch)


def summarize(batch):
    yield len(batch), sum(batch), max(batch)


def accumulator():
    total = 0
    count = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
        count += 1
    return count


def main(n):
    pipeline = batches(spread(windows(coprime_to_small(numbers(n)), 4)), 1000)
    acc = accumulator()
    next(acc)
    widest = 0
    batches_seen = 0
    running = 0
    for size, total, biggest in pipeline:
        batches_seen += 1
        widest = max(widest, biggest)
        running = acc.send(total)
    try:
        acc.send(None)
        count = -1
    except StopIteration as stop:
        count = stop.value
    squares = sum(x * x for x in numbers(n // 10) if x % 3 == 0)
    return "\n".join([
        f"batches: {batches_seen}, accumulated: {count}",
        f"sum of spreads: {running}, widest spread: {widest}",
        f"sum of squares of multiples of 3 below {n // 10}: {squares}",
    ])


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))
