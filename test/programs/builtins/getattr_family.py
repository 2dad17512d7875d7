# covers: builtin.func.getattr, builtin.func.setattr, builtin.func.hasattr, builtin.func.delattr
class Obj:
    cls_attr = "class"
    def method(self):
        return "method"
o = Obj()
setattr(o, "dyn", 5)
print(getattr(o, "dyn"), getattr(o, "cls_attr"), getattr(o, "method")(), getattr(o, "nope", None))
print(hasattr(o, "dyn"), hasattr(o, "nope"), hasattr(Obj, "method"), hasattr(5, "real"))
delattr(o, "dyn")
print(hasattr(o, "dyn"))
name = "computed_" + "name"
setattr(o, name, [1])
print(getattr(o, name), vars(o))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
setattr(Obj, "added", lambda self: "added method")
print(o.added())
class Raiser:
    @property
    def bad(self):
        raise ValueError("not an AttributeError")
try:
    hasattr(Raiser(), "bad")
except ValueError as e:
    print("hasattr propagates:", e)
