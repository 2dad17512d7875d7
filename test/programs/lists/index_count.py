# covers: type.list.index, type.list.count
a = ["a", "b", "c", "b", "a", "b"]
print(a.index("b"), a.index("b", 2), a.index("a", 1, 5), a.index("b", -2))
print(a.count("b"), a.count("z"), [1, 1.0, True].count(1), [[1], [1]].count([1]))
try:
    a.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    a.index("c", 3)
except ValueError as e:
    print("ValueError:", e)
