# covers: builtin.func.str, builtin.func.repr, type.int
for v in (0, -0, 7, -7, 10**25, -(10**25)):
    print(str(v), repr(v), f"{v}", "%d" % v, len(str(v)))
print(str(12) + str(3.0) + str(True) + str(None))
print(repr("12"), repr(12), [str(1), repr("1")])
print(format(1234, ","), format(-1234, "+d"), format(42, "08d"), format(42, "x"), format(42, "#o"))
