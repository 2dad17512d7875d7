# covers: lang.class.super
class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def describe(self):
        return f"Base(x={self.x})"
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("Child.__init__", y)
    def describe(self):
        return "Child+" + super().describe()
class GrandChild(Child):
    def __init__(self):
        super().__init__(1, 2)
    def describe(self):
        return "Grand+" + super().describe()
g = GrandChild()
print(g.describe(), g.x, g.y)
class WithClassMethod(Base):
    @classmethod
    def make(cls):
        return cls(7)
    def __repr__(self):
        return "WCM"
print(WithClassMethod.make())
