# covers: builtin.func.type, type.type
print(type(1), type("a"), type([]), type(None), type(type), type(len), type(lambda: 0))
class A:
    pass
print(type(A()), type(A), A.__name__, type(A()).__name__)
print(type(1) is int, type(True) is bool, type(1.0) == float)
B = type("B", (A,), {"x": 5, "hello": lambda self: "hi from B"})
b = B()
print(B.__name__, b.x, b.hello(), isinstance(b, A), B.__bases__ == (A,), B.__mro__[1] is A)
print(int.__name__, type.__name__, object.__name__, str(type(3)), repr(int))
print(type(3)("7") + 1, type("")(42))
