# covers: exc.TypeError, lang.func.positional
def one(a):
    return a
def two(a, b):
    return a + b
n, s, nothing = 5, "abc", None
class K:
    def m(self, x):
        return x
calls = [
    lambda: one(),
    lambda: one(1, 2),
    lambda: two(1),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: one(b=1),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: n(),
    lambda: s(),
    lambda: nothing(),
    lambda: K.m(1),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
