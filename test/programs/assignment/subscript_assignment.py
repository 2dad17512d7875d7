# covers: lang.stmt.assign_subscript
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
grid[-1][-1] = 9
print(grid)
d = {}
d["a"] = 1
d[("t", 1)] = "tuple"
d[None] = []
d[None].append(3)
print(d)
keys = ["x", "y"]
vals = {}
vals[keys[0]], vals[keys[1]] = 1, 2
print(vals)
lst = [1, 2, 3]
lst[lst[0]] = "one"
print(lst)
nested = {"a": {"b": [0, 0]}}
nested["a"]["b"][1] = "set"
print(nested)
