# covers: builtin.func.map, builtin.func.filter
print(list(map(str, [1, 2, 3])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(abs, [-1, 2])))
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(lambda c: c.isupper(), "aBcDe")))
m = map(lambda x: x + 1, [1, 2])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(str.isdigit, "a1b2c3")
print(type(f).__name__, "".join(f))
print(sum(map(int, "12345")), max(map(len, ["aa", "b", "cccc"])))
try:
    list(map(None, [1]))
except TypeError as e:
    print("TypeError:", e)
