# covers: lang.class.basic, lang.class.init
class Dog:
    species = "canine"
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
    def bark(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d = Dog("Rex", 3)
print(d.bark(), d.age, d.birthday().age, d.species, Dog.species)
e = Dog("Fido")
print(e.name, e.age, type(e).__name__, type(e) is Dog, isinstance(e, Dog))
print(Dog.bark(e), Dog.__name__, Dog.__qualname__, Dog.__module__)
d.tricks = ["sit"]
print(d.tricks, hasattr(e, "tricks"), vars(e))
