# covers: type.tuple
t = (1, "a", 2.5)
print(t, t[0], t[-1], t[1:], len(t), () , (1,), tuple(), 1, (1))
print(t + (None,), t * 2, (0,) * 3, t.count("a"), t.index(2.5))
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 99), () < (0,))
x = 1, 2, 3
print(x, type(x).__name__)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    t[3]
except IndexError as e:
    print("IndexError:", e)
