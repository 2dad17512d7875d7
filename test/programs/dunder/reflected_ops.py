# covers: dunder.reflected
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.c + o.c)
        if isinstance(o, int):
            return Money(self.c + o)
        return NotImplemented
    def __radd__(self, o):
        print("__radd__ with", o)
        return self.__add__(o)
    def __rmul__(self, k):
        return Money(self.c * k)
    def __rsub__(self, o):
        return Money(o - self.c)
    def __rtruediv__(self, o):
        return "rtruediv"
    def __rpow__(self, o):
        return f"{o} ** Money"
    def __repr__(self):
        return f"Money({self.c})"
m = Money(5)
print(m + 1, 1 + m, m + m, sum([Money(1), Money(2)]), 3 * m, 10 - m, 1 / m, 2 ** m)
try:
    m + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + m
except TypeError as e:
    print("TypeError:", e)
class Sub(Money):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(Money(1) + Sub(2))
