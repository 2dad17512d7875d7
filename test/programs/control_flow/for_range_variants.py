# covers: type.range, builtin.func.range
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -2)), list(range(5, 5)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], 7 in r, 8 in r, r.index(11), r.count(15))
print(range(0), list(range(-3)), list(range(-5, -1)), range(0, 10**20, 7)[5], 10**19 + 2 in range(0, 10**20, 7))
print(range(1, 4) == range(1, 4), range(0) == range(2, 2), reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 3))))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
for i in range(3):
    pass
print(i)
