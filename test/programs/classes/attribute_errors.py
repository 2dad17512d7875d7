# covers: exc.AttributeError
class A:
    def __init__(self):
        self.x = 1
a = A()
cases = [lambda: a.y, lambda: A.y, lambda: (5).foo, lambda: None.bar, lambda: "s".nope,
         lambda: [].push, lambda: {}.key, lambda: A().x.real.missing]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    (1).real = 2
except AttributeError as e:
    print("AttributeError:", e)
import math
try:
    math.nosuch
except AttributeError as e:
    print("AttributeError:", e)
