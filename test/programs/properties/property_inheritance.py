# covers: lang.class.property_getter, lang.class.inheritance
class Base:
    @property
    def name(self):
        return "base"
    @property
    def kind(self):
        return "kind of " + self.name
class Child(Base):
    @property
    def name(self):
        return "child+" + super().name
print(Base().kind, Child().kind, Child().name)
class Lazy:
    def __init__(self):
        self._cache = None
        self.computations = 0
    @property
    def value(self):
        if self._cache is None:
            self.computations += 1
            self._cache = sum(range(100))
        return self._cache
l = Lazy()
print(l.value, l.value, l.computations)
