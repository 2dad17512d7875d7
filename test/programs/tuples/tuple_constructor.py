# covers: builtin.func.tuple
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"x": 1}), tuple(i * 2 for i in range(3)))
a = (1, 2)
print(tuple(a) is a, tuple(list(a)) == a)
try:
    tuple(1)
except TypeError as e:
    print("TypeError:", e)
print(repr((1,)), repr(()), repr(((),)), str((1, "a")))
