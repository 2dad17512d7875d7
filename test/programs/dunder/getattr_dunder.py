# covers: dunder.getattr
class Dynamic:
    real = "real attribute"
    def __init__(self):
        self.inst = "instance attribute"
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dynamic()
print(d.real, d.inst, d.get_name(), d.get_x())
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(d, "get_y"), hasattr(d, "zzz"), getattr(d, "zzz", "dflt"))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("forwarding", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p.count(1), p._target)
class Attrs:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
a = Attrs()
a.x = "low"
a.n = 1
print(vars(a))
del a.x
print(vars(a))
