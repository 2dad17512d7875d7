# covers: type.int, type.float, builtin.func.isinstance
vals = [0, 5, -3, 2.5, True, 10**30, float("nan")]
for v in vals:
    print(repr(v), type(v).__name__, isinstance(v, int), isinstance(v, float), isinstance(v, (int, float)))
print(issubclass(bool, int), issubclass(int, float), issubclass(float, object))
print(int.__name__, float.__name__, bool.__name__, type(int).__name__)
print(int("12") + float("1.5"), float(int(3.7)))
