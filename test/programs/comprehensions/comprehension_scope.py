# covers: lang.expr.listcomp, lang.func.closure
x = "outer"
r = [x for x in range(3)]
print(r, x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(K.doubled)
n = 10
print([n + i for i in range(2)])
