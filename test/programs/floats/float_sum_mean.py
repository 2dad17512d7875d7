# covers: builtin.func.sum, type.float
data = [0.1, 0.2, 0.3, 0.4, 1e-16, 100.0]
print(sum(data), sum(data) / len(data), sum(data, 1000.0), sum([]), sum([], 0.0))
print(sum([1, 2.5, 3]), sum(range(101)), sum([0.1] * 3))
import math
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
