# covers: type.list.sort, type.list.sort_stable
# Sorting tuples: items compared in order, identical items (a shared NaN) equal, mixed
# int/float/bool items, user __lt__ inside tuples, and a refused comparison.
import operator
nan = float('nan')
data = [(3, 'b', 1.5), (1, 'z'), (3, 'a', 2), (1, 'z', 0), (2, nan), (2, nan), (True, 'x'), (1.0, 'y'), ((1, 2), 'q')] 
try:
    print(sorted(data))
except TypeError as e:
    print("TypeError", e)
data2 = [(3, 'b', 1.5), (1, 'z'), (3, 'a', 2), (1, 'z', 0), (True, 'x'), (1.0, 'y'), (-1, 2.5), (-1, 2)]
print(sorted(data2))
print(sorted(data2, reverse=True))
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"R{self.v}"
print(sorted([(1, R(2)), (1, R(5)), (0, R(1)), (1, R(5))]))
print(sorted([(i % 3, -i) for i in range(10)], key=operator.itemgetter(0)))
