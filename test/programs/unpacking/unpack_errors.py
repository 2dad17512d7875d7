# covers: lang.stmt.assign_tuple, exc.ValueError
cases = [
    "a, b = [1, 2, 3]",
    "a, b, c = [1, 2]",
    "a, b = 1",
    "a, *b, c = [1]",
    "(a, b), c = [1, 2], 3",
]
def t1():
    a, b = [1, 2, 3]
def t2():
    a, b, c = [1, 2]
def t3():
    a, b = 1
def t4():
    a, *b, c = [1]
def t5():
    (a, b), c = [1, 2, 3], 4
def t6():
    a, b = {"x": 1}
for src, fn in zip(cases + ["a, b = {'x': 1}"], [t1, t2, t3, t4, t5, t6]):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(src, "->", type(e).__name__, e)
