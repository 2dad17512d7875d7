# covers: builtin.func.zip
print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1])), list(zip([1, 2], [3])))
names, ages = ["a", "b"], [1, 2]
print(dict(zip(names, ages)))
pairs = [(1, "x"), (2, "y"), (3, "z")]
nums, lets = zip(*pairs)
print(nums, lets)
print(list(zip(range(3), range(10, 13), "ijk")))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
z = zip("ab", "cd")
print(next(z), list(z), list(z))
