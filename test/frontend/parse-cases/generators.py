# yield, yield from, and yield in expressions.
def gen():
    yield
    yield 1
    yield 1, 2
    yield from other()
    x = yield
    y = yield x + 1
    z = yield from w
    w = (yield)
    f((yield 1))
    return x

def coro():
    received = yield value
    yield *a, b
