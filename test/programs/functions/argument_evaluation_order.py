# covers: lang.func.positional, lang.expr.arith
log = []
def v(x):
    log.append(x)
    return x
def f(*args, **kw):
    return args, kw
print(f(v(1), v(2), k=v(3), *[v(4)], **{"m": v(5)}))
print(log)
log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log)
log.clear()
x = v(1) + v(2) * v(3)
print(x, log)
log.clear()
lst = [0, 0]
lst[v(0)] = v(10)
print(lst, log)
