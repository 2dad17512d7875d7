# covers: lang.class.basic, lang.class.class_attr
x = "global x"
class Scope:
    x = "class x"
    y = x.upper()
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    def method(self):
        return x
    def via_self(self):
        return self.x
    def via_class(self):
        return type(self).x
s = Scope()
print(Scope.y, Scope.doubled, s.method(), s.via_self(), s.via_class())
class Counter:
    total = 0
    def add(self):
        self.total += 1
        return self.total
c1, c2 = Counter(), Counter()
c1.add(); c1.add()
print(c1.total, c2.total, Counter.total)
def factory():
    value = "enclosing"
    class Inner:
        seen = value
        def get(self):
            return value
    return Inner
I = factory()
print(I.seen, I().get(), I.__qualname__)
