# covers: dunder.eq, dunder.hash
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
a, b, c = Point(1, 2), Point(1, 2), Point(2, 1)
print(a == b, a != b, a == c, a is b, a == (1, 2), a != "x")
print(len({a, b, c}), {a: "first", b: "second"}, a in [c, b], [a, c].index(b))
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__ is None, NoHash() == 5)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class IdEq:
    pass
x = IdEq()
print(x == x, x == IdEq(), x != IdEq(), hash(x) == hash(x))
