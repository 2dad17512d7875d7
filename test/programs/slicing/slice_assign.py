# covers: lang.stmt.assign_slice
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[:1] = []
print(a)
a[len(a):] = [100, 101]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[1:1] = "AB"
print(a)
del a[::3]
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
b = [1, 2, 3]
b[:] = b[::-1]
print(b)
b[5:10] = [9]
print(b)
try:
    b[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
