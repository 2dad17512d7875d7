# covers: exc.ValueError
import math
cases = [
    lambda: int("x"),
    lambda: float("y"),
    lambda: [1].index(2),
    lambda: "abc".index("z"),
    lambda: math.sqrt(-1),
    lambda: list(range(3)).remove(7),
    lambda: chr(-5),
    lambda: "a,b".split(""),
    lambda: int("12", 50),
    lambda: max([]),
    lambda: min(()),
    lambda: "{}".format(),
    lambda: (1, 2).index(3),
    lambda: bytes([300]),
]
for c in cases:
    try:
        c()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, "|", e)
