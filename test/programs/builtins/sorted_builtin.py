# covers: builtin.func.sorted
print(sorted([3, 1, 2]), sorted("banana"), sorted((3, 1)), sorted({"b": 1, "a": 2}), sorted(set([5, -1])))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted([-3, 2, -1], key=abs))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([], reverse=True), sorted(range(5), key=lambda x: -x))
data = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([d["n"] for d in sorted(data, key=lambda d: d["v"])])
print([d["n"] for d in sorted(data, key=lambda d: d["v"], reverse=True)])
a = [2, 1]
b = sorted(a)
print(a, b, a is b)
try:
    sorted([1, "x"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
