# covers: type.list.reverse, type.list.copy
a = [1, 2, 3, 4]
print(a.reverse(), a)
b = a.copy()
b.append(0)
print(a, b, a is b)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(9)
shallow[1] = "x"
print(nested, shallow)
c = a[:]
c2 = list(a)
print(c == a, c is a, c2 is a)
e = []
e.reverse()
print(e, [1].copy())
