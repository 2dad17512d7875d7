# covers: type.set.methods
s = {1, 2}
s.add(3)
s.add(2)
print(s, len(s))
s.update([4, 5], (6,))
print(s)
s.discard(10)
s.discard(6)
s.remove(5)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print({1, 2}.union([3], (4,)), {1, 2, 3}.intersection([2, 3, 4], {3}), {1, 2, 3}.difference([1], [2]))
print({1, 2}.symmetric_difference([2, 3]), {1}.issubset([1, 2]), {1, 2}.issuperset([2]), {1}.isdisjoint([2]))
t = {1, 2, 3}
t.intersection_update({2, 3, 4})
t.difference_update({3})
t.symmetric_difference_update({7, 2})
print(t)
c = t.copy()
c.add(0)
print(t, c, t.pop(), t)
t.clear()
print(t)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
