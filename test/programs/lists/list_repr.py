# covers: type.list, builtin.func.repr
print([], [1], [1, "a", 2.5, None, True, [2], (3,), {"k": 1}, b"x"])
print(repr([" ", "'", '"']), str(["x"]), [[], [[]]])
print(len([None] * 5), [0.1 + 0.2], [float("inf")], [-0.0])
print(repr([1, [2, [3, [4]]]]), str([True, False]), [1.0, 1e100, 1e-5], ["a\nb", "tab\t"])
