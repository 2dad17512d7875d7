# covers: lang.class.basic, builtin.func.vars
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.name} with {self.sides} sides"
class Square(Shape):
    sides = 4
sq = Square("sq")
print(sq.describe(), vars(sq), "sides" in vars(Square), "describe" in vars(Square))
print([k for k in vars(Shape) if not k.startswith("__")])
print(getattr(sq, "sides"), getattr(sq, "missing", "default"), sq.__class__.__name__, sq.__class__.__bases__[0].__name__)
print(Square.__dict__["sides"], "name" in sq.__dict__)
