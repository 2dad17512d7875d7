# covers: lang.stmt.assign_chained
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = lst = None
lst = [0, 0, 0]
i = lst[i if i is not None else 0] = 2
print(i, lst)
p = q = r = "s"
q = "changed"
print(p, q, r)
log = []
def src():
    log.append("evaluated once")
    return 7
m = n = src()
print(m, n, log)
