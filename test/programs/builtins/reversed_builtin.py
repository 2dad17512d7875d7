# covers: builtin.func.reversed
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), list(reversed([])))
r = reversed([1, 2])
print(type(r).__name__, next(r), next(r), next(r, None))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "xyz"[i]
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self):
        return iter(["custom", "reverse"])
print(list(reversed(Custom())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
