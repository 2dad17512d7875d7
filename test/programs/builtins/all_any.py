# covers: builtin.func.all, builtin.func.any
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, "x"]))
print(all("abc"), any(""), all([[], [1]]), any([[], [1]]), all(x > 0 for x in [1, 2]))
checked = []
def pred(x):
    checked.append(x)
    return x > 2
print(any(pred(x) for x in [1, 3, 5, 7]), checked)
checked.clear()
print(all(pred(x) for x in [5, 1, 9]), checked)
print(any({0: "a"}), all({1: 0}), any(iter([None, False, 0.0])))
