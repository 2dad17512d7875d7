# covers: lang.class.inheritance, lang.class.class_attr
class Base:
    greeting = "hello"
    def greet(self):
        return self.greeting + " from " + type(self).__name__
class Loud(Base):
    greeting = "HELLO"
class Quiet(Base):
    def greet(self):
        return Base.greet(self).lower()
print(Base().greet(), Loud().greet(), Quiet().greet())
Base.greeting = "hi"
print(Base().greet(), Loud().greet(), Quiet().greet())
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
for sh in (Sq(3), Blob()):
    try:
        print(sh.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
