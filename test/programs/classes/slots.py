# covers: lang.class.slots
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
p.x = 10
print(p.x, p.y, P.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Q:
    __slots__ = ["a"]
q = Q()
try:
    q.a
except AttributeError as e:
    print("AttributeError:", e)
q.a = 5
del q.a
print(hasattr(q, "a"))
class R(P):
    pass
r = R(1, 2)
r.extra = "ok: subclass without slots has a dict"
print(r.extra)
