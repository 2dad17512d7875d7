# covers: builtin.func.divmod, builtin.func.abs
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(10**20, 7))
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(-(10**30)), abs(True), abs(False))
print(abs(float("-inf")))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
