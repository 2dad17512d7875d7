# covers: type.frozenset, builtin.func.frozenset
f = frozenset([1, 2, 3, 2])
print(f, len(f), 2 in f, frozenset(), frozenset(range(3)))
print(f | {4}, f & {1, 9}, f - {1}, f ^ {1, 5}, f.union([7]), f.issubset(range(5)))
d = {f: "value", frozenset(): "empty"}
print(d[frozenset({3, 2, 1})], d[frozenset()])
print(frozenset({1, 2}) == {1, 2}, {frozenset({1}), frozenset({1})})
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(type(f).__name__, hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(sorted(frozenset("hello")), sorted({frozenset([1]), frozenset([0])}, key=min))
