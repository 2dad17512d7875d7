# covers: lang.expr.star_display
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 9), {*a, *b}, [*"hi", *range(2)])
d1 = {"x": 1}
d2 = {"y": 2, "x": 3}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1})
print(*[1, 2], *[3])
print([*[], *()], {**{}})
t = *a, *b
print(t)
