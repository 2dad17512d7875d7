# covers: lang.func.kwargs, lang.expr.star_call
# f(**mapping) needs str keys (str subclasses too): anything else is CPython's TypeError.
def kw(**k):
    return k


class Name(str):
    pass


print(kw(**{Name("a"): 1}), kw(**{"x": 1}, y=2), dict(**{"z": 3}))
for bad in ({1: 2}, {"ok": 1, (1,): 2}, {None: 0}):
    try:
        kw(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    dict(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
