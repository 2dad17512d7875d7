# covers: type.set.operators
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4})
print(a == {4, 3, 2, 1}, a != b, 3 in a, 7 not in a, len(a | b))
c = set(a)
c |= {9}
c &= {1, 2, 9}
c -= {1}
c ^= {2, 7}
print(sorted(c))
print(frozenset({1, 2}) | {3}, {3} | frozenset({1, 2}), type({1} | frozenset()).__name__)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
