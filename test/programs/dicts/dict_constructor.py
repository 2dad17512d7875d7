# covers: builtin.func.dict
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1), dict(zip([1, 2], "ab")))
print(dict([["p", 0]]), dict((("t", 1),)), dict.fromkeys(range(3), []))
for bad in (lambda: dict([1, 2]), lambda: dict([("a", 1, 2)]), lambda: dict(5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
