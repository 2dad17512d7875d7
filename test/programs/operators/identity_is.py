# covers: lang.expr.is
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, type(None) is type(None))
x = object()
print(x is x, x is not object())
def f():
    pass
print(f() is None, f is f)
print(int is type(3), str is type(""), type(a) is list)
t = ()
print(t == (), [] == [])
print(Ellipsis is ..., NotImplemented is NotImplemented)
