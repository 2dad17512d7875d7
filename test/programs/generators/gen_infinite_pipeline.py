# covers: lang.gen.yield, lang.expr.genexp
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def take(n, it):
    for _ in range(n):
        yield next(it)
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
print(list(take(5, squares(evens(naturals())))))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(15)])
