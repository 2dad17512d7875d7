# Calls with every argument form; attribute access; slices.
f()
f(a, b)
f(a, *args)
f(a, b=1, *c, d=2, **e)
f(*a, *b, **c, **d)
f(x=1,)
print(*a, sep='', end='\n', **k)
obj.method(1).attr[0]
a[1]
a[1:2]
a[:]
a[::]
a[1:]
a[:2]
a[::2]
a[1:2:3]
a[-1::-1]
a[1, 2]
a[1:2, ::3, ...]
a[i,]
a[(1, 2)]
a[*b]
a[x := 1]
f(a)(b)(c)
f(*a if b else c)
x[*a if b else c]
f(*a or b, **c if d else e)
