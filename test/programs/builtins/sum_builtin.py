# covers: builtin.func.sum
print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(1, 11)), sum([0.5, 0.25]), sum([1, 2], start=100))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([True, True, False]))
print(sum(x * x for x in range(4)), sum([1e100, 1, -1e100]), sum([10**20, 1.5]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
