# covers: lang.stmt.nonlocal
def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
c = counter()
print(c(), c(), c())
def outer():
    x = 1
    def mid():
        x = 2
        def inner():
            nonlocal x
            x = 3
        inner()
        return x
    r = mid()
    return x, r
print(outer())
def acc():
    total = []
    n = 0
    def add(v):
        nonlocal n
        total.append(v)
        n += v
        return n, len(total)
    return add
a = acc()
a(5)
print(a(7))
