# covers: lang.gen.yield, builtin.func.iter
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(next(f), next(f))
g = (i for i in range(3))
print(iter(g) is g, list(g), list(g))
def gen():
    yield 1
    yield 2
x = gen()
print(list(zip(x, x)))
y = gen()
for v in y:
    print("loop", v)
    for w in y:
        print("inner", w)
