# covers: lang.func.late_binding
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
i = 100
print([f() for f in fs])
def make():
    x = 1
    def get():
        return x
    x = 2
    return get
print(make()())
def counter_funcs():
    out = []
    for k in range(3):
        def f(k=k):
            return k
        out.append(f)
    return out
print([f() for f in counter_funcs()])
def cell_shared():
    v = 0
    def inc():
        nonlocal v
        v += 1
    def get():
        return v
    return inc, get
inc, get = cell_shared()
inc(); inc(); inc()
print(get())
