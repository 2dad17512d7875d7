# covers: lang.class.property_setter, exc.TypeError
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    @property
    def age(self):
        return self._age
    @age.setter
    def age(self, v):
        if not isinstance(v, int):
            raise TypeError(f"age must be int, not {type(v).__name__}")
        if v < 0:
            raise ValueError("age must be non-negative")
        self._age = v
    def __repr__(self):
        return f"Person({self.name!r}, {self.age})"
p = Person("Ann", 30)
print(p)
for bad in ("thirty", -1, 3.5):
    try:
        p.age = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p.age += 1
print(p, vars(p))
