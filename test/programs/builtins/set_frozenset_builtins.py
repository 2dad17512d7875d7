# covers: builtin.func.set, builtin.func.frozenset
print(set(), set([1, 2, 2]), set((3,)), set(range(3)), set({"k": 1}) == {"k"}, set("aa") == {"a"})
print(frozenset(), frozenset([1, 1]), frozenset(set([2])), frozenset(range(2)))
s = set([1])
t = set(s)
t.add(2)
print(s, t, s is t)
f = frozenset([1])
print(frozenset(f) is f, set(f) == f, type(set(f)).__name__)
