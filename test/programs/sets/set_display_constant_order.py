# covers: type.set.int_order, type.set, lang.expr.star_display
# A set display of three or more constants is built from a frozenset constant, as CPython
# compiles it, so it iterates (and grows, and pops) in CPython's order, which differs from
# adding the same items one by one.
print({6, 14, 22}, {7, 15, 23}, {5, 13, 21, 29, 37})
print({6, 14, 22, 30}, {-1, -2, -3}, {1, 9, 17, 25, 33})
print({3, 17, 42, 8, 25}, {40, 2, 33, 61, 19, 7}, {0, 63, 31, 15, 47, 23, 55})
x = 6
print({x, 14, 22}, {*[6, 14, 22]}, {6, 14}, set([6, 14, 22]))
s = {10, 26, 42, 58, 74}
s.add(90)
s.add(2)
print(s, s.pop(), s.pop(), s)
print({1.5, 2.5, 0.25}, {(1, 2), (3, 4), (0, 0)}, {True, 2, 3.0}, {1, 1.0, True, 9})
print(frozenset({12, 4, 20, 28}), {v for v in {12, 4, 20, 28}}, list({100, 36, 4, 68}))
