# covers: dunder.inplace, lang.stmt.augassign
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        print("__iadd__", x)
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self
a = Acc()
ref = a
a += 1
a += 2
a -= 1
a *= 2
print(a.items, a is ref)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__ fallback")
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
before = o
o += 5
print(o.v, o is before)
class Broken:
    def __iadd__(self, x):
        return None
b = Broken()
b += 1
print(b)
