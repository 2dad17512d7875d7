# covers: exc.TypeError, exc.ValueError
cases = [
    ("abs()", lambda: abs()),
    ("chr('a')", lambda: chr("a")),
    ("ord(1)", lambda: ord(1)),
    ("range('3')", lambda: range("3")),
    ("round('1.5')", lambda: round("1.5")),
    ("divmod('a', 1)", lambda: divmod("a", 1)),
    ("isinstance(1)", lambda: isinstance(1)),
    ("getattr(1)", lambda: getattr(1)),
    ("sorted(5)", lambda: sorted(5)),
    ("enumerate(5)", lambda: enumerate(5)),
    ("zip(5)", lambda: zip(5)),
    ("max(5)", lambda: max(5)),
    ("[].append()", lambda: [].append()),
    ("[].insert(1)", lambda: [].insert(1)),
    ("'a'.join('b', 'c')", lambda: "a".join("b", "c")),
    ("'abc'.split(None, 'x')", lambda: "abc".split(None, "x")),
    ("{}.get()", lambda: {}.get()),
    ("hex('1')", lambda: hex("1")),
    ("int(1, 2)", lambda: int(1, 2)),
    ("[1, 2][1:'x']", lambda: [1, 2][1:"x"]),
]
for src, fn in cases:
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(f"{src}: {type(e).__name__}: {e}")
