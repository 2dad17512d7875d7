# Arithmetic, bitwise, comparison and boolean operators with precedence.
a = 1 + 2 - 3 * 4 / 5 // 6 % 7 @ m
b = -x + +y - ~z
c = 2 ** 3 ** 4
d = -2 ** -1
e = a << 1 >> 2 & 3 ^ 4 | 5
f = (a + b) * (c - d)
g = a < b <= c > d >= e == f != g
h = a in b and c not in d or e is f and g is not h
i = not a and not not b
j = a or b or c and d and e
k = x if y else z if w else v
l = (a if b else c) + 1
m = a.b.c[d](e)[f:g]
n = ((a))
o = (a + b).c
p = -a.b ** 2
