# covers: lang.func.keyword
def f(a, b, c=3):
    return (a, b, c)
print(f(1, 2), f(1, b=2), f(c=9, b=8, a=7), f(1, 2, c=None))
errs = [
    lambda: f(1, 2, a=3),
    lambda: f(1, d=4),
    lambda: f(b=2),
    lambda: f(1, 2, 3, 4),
    lambda: f(),
    lambda: f(1, 2, 3, c=4),
]
for e in errs:
    try:
        e()
    except TypeError as ex:
        print("TypeError:", ex)
