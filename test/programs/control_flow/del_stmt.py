# covers: lang.stmt.del
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a = [0, 1, 2, 3, 4]
del a[1], a[2]
print(a)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
p, q = 1, 2
del (p, q)
try:
    print(p)
except NameError as e:
    print("NameError:", e)
try:
    print(q)
except NameError as e:
    print("NameError:", e)
