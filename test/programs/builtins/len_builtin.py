# covers: builtin.func.len
print(len(""), len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(b"xy"))
print(len(range(0, 100, 7)), len(frozenset()), len("日本"), len([[]]), len({}.keys()))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
for bad in (5, None, 1.5, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
