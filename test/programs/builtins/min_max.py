# covers: builtin.func.min, builtin.func.max
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"), max([1.5, 1]))
print(min([], default="empty"), max([], default=None), max([3, -7], key=abs), min(["aa", "b"], key=len))
print(max([(1, "b"), (1, "a")]), min({3: "x", 1: "y"}), max({"a": 5, "b": 9}, key=lambda k: {"a": 5, "b": 9}[k]))
print(max([1, 3, 3.0, 2]), max([3.0, 3, 1]), min([2, 1, 1.0]), max("apple", "apricot", key=len))
print(max(range(10), key=lambda v: v % 4), min(iter([5, 3, 8])))
for bad in (lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, "a")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
