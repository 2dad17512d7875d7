# covers: tier.jit, lang.gen.yield, lang.gen.yield_from, lang.gen.send, lang.gen.throw, lang.gen.close, lang.gen.return, traceback.generator
# Generators hot enough to be compiled, suspended and resumed across both tiers: floats live
# across a yield, yields inside try/finally and in an except handler, send/throw/close on a
# compiled generator, yield from with a returning delegate, a type change while suspended,
# StopIteration inside a generator, and a traceback through a compiled generator frame.


def ramp(n, step):
    x = 0.5
    for i in range(n):
        x = x * 1.5 + step
        yield x
        x = x - i


def guarded(n):
    try:
        for i in range(n):
            yield i * 2
    finally:
        print("guarded finally, n =", n)


def handler_yield(items):
    for item in items:
        try:
            yield 10 // item
        except ZeroDivisionError:
            yield "div"
            yield "zero"


def echo():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            total = -1
            print("echo caught", e)
            continue
        if value is None:
            return total
        total += value


def inner(k):
    got = yield k
    yield got
    return k * 100


def outer(n):
    results = []
    for k in range(n):
        r = yield from inner(k)
        results.append(r)
    yield results


def mixed(values):
    for v in values:
        yield v + v


def leaky():
    yield 1
    raise StopIteration("inside")


def failing(n, bad):
    for i in range(n):
        yield 100 // (i - bad)


for rounds in range(3):
    print(round(sum(ramp(300, 0.25)) / 1e6, 6))
    print(sum(guarded(250)))

gen = guarded(300)
print(next(gen), next(gen))
gen.close()

print(list(handler_yield([5, 0, 2, 0, 1] * 60))[:12])

for rounds in range(250):
    e = echo()
    next(e)
    e.send(3)
    e.send(4)
    if rounds == 249:
        print(e.throw(ValueError("bad")))
        print(e.send(10))
    try:
        e.send(None)
    except StopIteration as stop:
        last = stop.value
print("echo returned", last)

for rounds in range(100):
    o = outer(3)
    seq = [next(o)]
    seq.append(o.send("a"))
    seq.append(next(o))
    seq.append(o.send("b"))
    seq.append(next(o))
    seq.append(o.send("c"))
    seq.append(next(o))
print(seq)

for rounds in range(300):
    m = mixed([1, 2, 3])
    first = next(m)
print(first, list(mixed([1.5, "ab", (1,), [2]])))

try:
    for v in leaky():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

for rounds in range(300):
    total = sum(failing(5 + rounds % 3, -1))
print(total)
print(sum(failing(6, 3)))
