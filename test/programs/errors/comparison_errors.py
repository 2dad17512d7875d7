# covers: exc.TypeError, lang.expr.compare
pairs = [(1, "a"), ("a", 1), ([1], (1,)), (None, None), ({}, {}), (1.5, [1]), ({1}, 1), (b"a", "a")]
for a, b in pairs:
    for sym, op in (("<", lambda x, y: x < y), (">=", lambda x, y: x >= y)):
        try:
            print(repr(a), sym, repr(b), "=", op(a, b))
        except TypeError as e:
            print("TypeError:", e)
print(1 == "1", [1] == (1,), None == 0, {} != [], b"a" == "a")
