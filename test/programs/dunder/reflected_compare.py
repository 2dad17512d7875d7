# covers: dunder.compare, dunder.reflected
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("Num.__lt__")
        return self.v < (other.v if isinstance(other, Num) else other)
    def __gt__(self, other):
        print("Num.__gt__")
        return self.v > (other.v if isinstance(other, Num) else other)
    def __eq__(self, other):
        print("Num.__eq__")
        return self.v == (other.v if isinstance(other, Num) else other)
print(Num(1) < 5)
print(5 > Num(1))
print(3 < Num(4))
print(2 == Num(2))
print(Num(2) == 2)
class Sub(Num):
    def __gt__(self, other):
        print("Sub.__gt__")
        return True
print(Num(1) < Sub(0))
