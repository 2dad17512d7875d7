# covers: tier.jit, lang.stmt.for, type.range
# for loops over lists and ranges (stepped inline by both tiers), a list growing while it is
# iterated, and iterators that stay exhausted once they are.
def f(xs):
    t = 0
    for x in xs:
        t += x
    for i in range(10, 0, -3):
        t += i
    return t
xs = list(range(100))
s = 0
for k in range(3000):
    s += f(xs)
print(s)
it = iter([1, 2])
print(list(it), list(it))
l = [1]
it = iter(l)
print(next(it), next(it, 'end'))
l.append(2)
print(next(it, 'still end'))
r = iter(range(3))
print(list(r), list(r))
def g(lst):
    out = []
    for x in lst:
        if x < 3:
            lst.append(x + 10)
        out.append(x)
    return out
print(g([1, 2, 5]))
