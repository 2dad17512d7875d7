# covers: type.list, lang.stmt.assign_subscript
a = [10, 20, 30, 40]
print(a[0], a[-1], a[-4], a[1:3])
a[0] = 11
a[-1] += 1
print(a)
try:
    a[4]
except IndexError as e:
    print("IndexError:", e)
try:
    a[-5] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    a["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[1.0]
except TypeError as e:
    print("TypeError:", e)
print(a[True], [[1, 2], [3, 4]][1][0])
