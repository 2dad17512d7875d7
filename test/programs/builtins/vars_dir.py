# covers: builtin.func.vars, builtin.func.dir
class P:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return abs(self.x) + abs(self.y)
p = P(1, 2)
print(vars(p))
vars(p)["z"] = 3
print(p.z, sorted(vars(p)))
print([n for n in dir(p) if not n.startswith("_")])
print([n for n in dir(P) if not n.startswith("_")])
print("append" in dir([]), "upper" in dir(""), "__len__" in dir([]), "keys" in dir({}))
import math
print("sqrt" in dir(math), "pi" in vars(math))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
def local_scope():
    a = 1
    b = 2
    return sorted(dir())
print(local_scope())
