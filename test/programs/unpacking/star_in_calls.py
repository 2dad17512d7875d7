# covers: lang.expr.star_call
def f(a, b, c=0, *args, **kw):
    return (a, b, c, args, kw)
print(f(*[1, 2]))
print(f(*(1, 2, 3, 4, 5)))
print(f(1, *[2], *[3, 4]))
print(f(**{"a": 1, "b": 2}))
print(f(1, **{"b": 2}, d=4, **{"e": 5}))
print(f(*"xy", **dict(c=3, z=26)))
args = [3, 1, 2]
print(max(*args), sorted(args), print(*args, sep="-"))
try:
    f(1, **{"a": 2, "b": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*[1], **{"b": 2}, **{"b": 3})
except TypeError as e:
    print("TypeError:", e)
