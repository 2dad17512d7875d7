# covers: lang.expr.arith, type.list
a = [1, 2]
b = a + [3]
print(a, b, a * 2, [0] * 3, [[]] * 2, [] * 5)
a += [9]
print(a)
c = a
c *= 2
print(a, c is a)
m = [[0] * 2] * 2
m[0][0] = 5
print(m)
print([1, 2] < [1, 2, 3], [2] > [1, 9], [1, 2] == [1, 2])
