# covers: builtin.func.list
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({"a": 1}.items()))
print(list(x * x for x in range(4)), list(map(str, [1, 2])), list(b"hi"), list([1, [2]]))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
a = [1, 2]
b = list(a)
print(a == b, a is b)
