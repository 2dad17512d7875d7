# covers: exc.TypeError, exc.IndexError, exc.KeyError, exc.ValueError, exc.AttributeError
def two_args(a, b):
    return a + b
none = None
cases = [
    ("1 + 'a'", lambda: 1 + "a"),
    ("[][0]", lambda: [][0]),
    ("{}['k']", lambda: {}["k"]),
    ("int('x')", lambda: int("x")),
    ("None.foo", lambda: none.foo),
    ("two_args(1)", lambda: two_args(1)),
    ("two_args(1, 2, 3)", lambda: two_args(1, 2, 3)),
    ("{[1]: 2}", lambda: {[1]: 2}),
    ("1 / 0", lambda: 1 / 0),
    ("undefined", lambda: undefined_thing),
    ("'abc'[5]", lambda: "abc"[5]),
    ("(1, 2)[2]", lambda: (1, 2)[2]),
    ("len(5)", lambda: len(5)),
    ("'x' * 'y'", lambda: "x" * "y"),
    ("[1, 2].remove(3)", lambda: [1, 2].remove(3)),
]
for src, fn in cases:
    try:
        fn()
    except Exception as e:
        print(f"{src:20} -> {type(e).__name__}: {e}")
