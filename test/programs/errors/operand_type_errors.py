# covers: exc.TypeError, lang.expr.arith
samples = [1, 1.5, "s", [1], (1,), {1: 1}, {1}, None, b"b"]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b)]
seen = set()
for sym, op in ops:
    for a in samples:
        for b in (None, "s", [2]):
            try:
                op(a, b)
            except TypeError as e:
                msg = str(e)
                if msg not in seen:
                    seen.add(msg)
                    print(f"{type(a).__name__} {sym} {type(b).__name__}: {msg}")
