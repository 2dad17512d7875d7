# covers: lang.stmt.import, lang.stmt.from_import
def compute():
    import math
    from functools import reduce
    return math.factorial(5), reduce(lambda a, b: a * b, [1, 2, 3])
print(compute())
try:
    math
except NameError as e:
    print("NameError:", e)
def late():
    from mod_geometry import area
    return area(1)
print(late())
