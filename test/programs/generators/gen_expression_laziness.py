# covers: lang.expr.genexp
data = [1, 2, 3]
g = (x * 10 for x in data)
data.append(4)
print(list(g))
def boom():
    raise ZeroDivisionError("first iterable evaluated eagerly")
try:
    g2 = (x for x in boom())
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
g3 = (1 / x for x in [1, 0])
print(next(g3))
try:
    next(g3)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g3, "done"))
