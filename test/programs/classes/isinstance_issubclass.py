# covers: builtin.func.isinstance, builtin.func.issubclass
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(bool, int))
print(isinstance(3, int), isinstance("x", (int, str)), isinstance(None, type(None)), isinstance(int, type))
print(isinstance([], (list, tuple)), isinstance((), list), issubclass(list, object), issubclass(type, object))
for bad in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, "x")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
