# covers: builtin.func.repr
print(repr(1), repr(1.0), repr("s"), repr([1, "s"]), repr((1,)), repr({}), repr(set()), repr(frozenset()))
print(repr(None), repr(True), repr(b"b"), repr(range(3)), repr(slice(1, 2)), repr(...), repr(NotImplemented))
print(repr(int), repr(ValueError("v")), repr(print), repr(len))
print(repr({"a": [1, {"b": (2, None)}]}))
class R:
    def __repr__(self):
        return "R()"
print(repr([R(), R()]), repr({"k": R()}))
