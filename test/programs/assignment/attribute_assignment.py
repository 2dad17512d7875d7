# covers: lang.stmt.assign_attr
class Box:
    pass
b = Box()
b.x = 1
b.y = b.x + 1
b.inner = Box()
b.inner.z = "deep"
print(b.x, b.y, b.inner.z, sorted(vars(b)))
b.x, b.y = b.y, b.x
print(b.x, b.y)
Box.shared = "class level"
print(b.shared, b.inner.shared)
items = [Box(), Box()]
for i, it in enumerate(items):
    it.idx = i * 10
print([it.idx for it in items])
try:
    (1).x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".y = 1
except AttributeError as e:
    print("AttributeError:", e)
