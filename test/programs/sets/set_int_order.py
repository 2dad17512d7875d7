# covers: type.set.int_order
# CPython iterates a set of small non-negative ints in hash-table order: an int's hash is
# itself, so the slot is value % table_size (8 slots for up to 4 items, then 32, ...).
print({3, 1, 2}, {7, 0, 5}, set([4, 2, 6, 0]))
print({9, 1}, {1, 9}, {8, 3}, {10, 2})
s = set()
for v in [12, 4, 30, 2]:
    s.add(v)
print(s, list(s))
print(set(range(20)), {x % 5 for x in range(100)})
t = {1, 2, 3, 4, 5}
t.discard(3)
t.add(11)
print(t)
print(frozenset([6, 5, 4]), sorted({6, 5, 4}))
