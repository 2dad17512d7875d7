# covers: type.bool
print(True + True + True, True - False, True * 7, -True, True // 1, True % 2)
print(sum([True, False, True, True]), True ** 10, True << 3)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool({}), bool(()))
print(bool(None), bool(range(0)), bool(range(1)), bool(set()))
print(str(True), repr(False), f"{True}", f"{True:d}", f"{False:5}|", "%s %d" % (True, True))
print(True & 1, type(True & 1).__name__, True | 2, type(True + False).__name__)
print(isinstance(False, int), issubclass(bool, int), bool.__mro__ == (bool, int, object))
print(int(True), float(False), True == 1.0, hash(True) == hash(1))
