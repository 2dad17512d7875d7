# covers: dunder.eq, dunder.compare
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"A.__eq__({self.v}, {getattr(other, 'v', other)})")
        if isinstance(other, A):
            return self.v == other.v
        return NotImplemented
a1, a2 = A(1), A(1)
print(a1 == a2)
print(a1 != a2)
print(a1 == 1)
print(1 == a1)
print(a1 != "x")
class B:
    def __eq__(self, other):
        return NotImplemented
b = B()
print(b == b, b == B(), b != b)
class Weird:
    def __eq__(self, other):
        return "truthy string"
    def __ne__(self, other):
        return 0
w = Weird()
print(w == 1, w != 1, [w] == [1], w in [1])
