# covers: module.collections.namedtuple
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p._fields, len(p), tuple(p), p == (1, 2))
x, y = p
print(x + y, p._replace(x=10), p._asdict(), Point._make([5, 6]))
Person = namedtuple("Person", "name age city", defaults=["unknown"])
print(Person("Ann", 30), Person("Bob", 25, "Paris"), Person._field_defaults)
print(Point(y=4, x=3), isinstance(p, tuple), type(p).__name__)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
R = namedtuple("R", "a, b", rename=False)
print(R(1, 2), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
class Vec(namedtuple("Vec", "x y")):
    def norm1(self):
        return abs(self.x) + abs(self.y)
print(Vec(3, -4).norm1(), Vec(1, 1))
