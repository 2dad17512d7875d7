# covers: type.object
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
class Plain:
    pass
p = Plain()
print(p == p, p != Plain(), str(type(p)), Plain.__bases__, object.__bases__)
print(issubclass(Plain, object), Plain.__mro__ == (Plain, object))
print(sorted(k for k in vars(Plain) if not k.startswith("__")), sorted(vars(p)))
