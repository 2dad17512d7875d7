# covers: lang.class.basic, lang.class.class_attr, lang.func.decorator, lang.stmt.assign_attr
# Annotated names in module and class bodies are evaluated and stored in __annotations__
# (created at the start of the body); a dataclass-like decorator can read them.
count: int = 0
label: str
print(__annotations__, count)


class Point:
    x: int
    y: int = 0
    tag: "str" = "p"
    __hidden: float = 1.5

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        self.scratch: list = []


print(Point.__annotations__, Point.y, hasattr(Point, "x"), "__annotations__" in vars(Point))


class Point3(Point):
    z: int = 0


class Plain:
    pass


print(Point3.__annotations__, Plain.__annotations__, Point3(1).__annotations__ is Point3.__annotations__)


def record(cls):
    fields = list(cls.__annotations__)
    defaults = {k: getattr(cls, k) for k in fields if hasattr(cls, k)}

    def __init__(self, *args, **kwargs):
        values = dict(defaults)
        values.update(zip(fields, args))
        values.update(kwargs)
        for k in fields:
            if k not in values:
                raise TypeError(f"{cls.__name__}() missing field {k!r}")
            setattr(self, k, values[k])

    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in fields) + ")"

    def __eq__(self, other):
        return type(other) is cls and all(getattr(self, k) == getattr(other, k) for k in fields)

    cls.__init__, cls.__repr__, cls.__eq__ = __init__, __repr__, __eq__
    return cls


@record
class Item:
    name: str
    price: float = 0.0
    qty: int = 1


items = [Item("pen", 1.5, 10), Item("ink", qty=2), Item("pad")]
print(items, Item("pad") == Item("pad"), Item("pad") == Item("pen"))
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
if count == 0:
    inside_if: bool = True
for i in range(2):
    loop_var: int
obj = Plain()
obj.attr: int = 5
box = {}
box["k"]: str = "v"
print(obj.attr, box, sorted(__annotations__))
try:
    class Broken:
        field: undefined_type
except NameError as e:
    print("NameError:", e)
