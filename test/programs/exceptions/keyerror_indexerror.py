# covers: exc.KeyError, exc.IndexError, exc.LookupError
d = {"a": 1}
for key in ("b", 0, (1, 2), None, "quote'd"):
    try:
        d[key]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
for seq, i in (([1, 2], 5), ((1,), -2), ("ab", 9), (range(3), 3)):
    try:
        seq[i]
    except IndexError as e:
        print("IndexError", e)
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
try:
    {}.pop("x")
except LookupError as e:
    print(type(e).__name__, e)
