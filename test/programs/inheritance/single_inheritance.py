# covers: lang.class.inheritance
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"I am {self.name} and I say {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def speak(self):
        return super().speak().upper() + "!"
class Fish(Animal):
    pass
for a in (Animal("generic"), Cat("Tom"), Lion("Leo"), Fish("Nemo")):
    print(a.intro())
print(Lion.__bases__[0].__name__, [c.__name__ for c in Lion.__mro__])
print(isinstance(Lion("x"), Animal), issubclass(Fish, Cat))
