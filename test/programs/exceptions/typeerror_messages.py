# covers: exc.TypeError
pair = [1, 2]
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: 1 < "a",
    lambda: [] < {},
    lambda: -"x",
    lambda: ~1.5,
    lambda: len(5),
    lambda: {}[[]],
    lambda: None + 1,
    lambda: 3 * None,
    lambda: sum(["a", "b"]),
    lambda: int(None),
    lambda: pair["x"],
    lambda: "%d" % "x",
    lambda: next([1]),
    lambda: iter(3),
    lambda: sorted([1, None]),
    lambda: 2 ** "x",
    lambda: "x" - "y",
    lambda: {1} & [1],
    lambda: abs(None),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
