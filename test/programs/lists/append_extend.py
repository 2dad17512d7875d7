# covers: type.list.append, type.list.extend
a = []
a.append(1)
a.append([2, 3])
a.append(None)
print(a, len(a))
b = [1]
b.extend([2, 3])
b.extend((4,))
b.extend("ab")
b.extend(range(2))
b.extend({"k": 1})
b.extend(x * 10 for x in range(2))
print(b)
c = [1, 2]
c.extend(c)
print(c)
r = c.append(9)
print(r, c)
try:
    c.extend(5)
except TypeError as e:
    print("TypeError:", e)
