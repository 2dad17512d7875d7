# covers: lang.not_required.descriptors, lang.class.basic, dunder.getattr
# A class attribute whose class defines __set__ or __delete__ is a data descriptor: it wins
# over the instance dict on reads, writes and deletes; __set_name__ runs at class creation.
class Typed:
    def __init__(self, typ):
        self.typ = typ

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError(f"{self.name[1:]} must be {self.typ.__name__}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        delattr(obj, self.name)


class Person:
    age = Typed(int)
    name = Typed(str)

    def __init__(self, name, age):
        self.name, self.age = name, age


p = Person("ann", 3)
print(p.name, p.age, type(Person.age).__name__, sorted(vars(p)))
try:
    p.age = "x"
except TypeError as e:
    print("TypeError:", e)
total = 0
for i in range(3000):
    p.age = i
    total += p.age
print(total, p.age)
del p.age
print(sorted(vars(p)))


class OnlySet:
    def __set__(self, obj, v):
        print("set", v)


class H:
    x = OnlySet()


h = H()
h.x = 5
h.__dict__["x"] = 7
print(h.x)
try:
    del h.x
except AttributeError as e:
    print("AttributeError:", e)


class NonData:
    def __get__(self, obj, owner):
        return ("get", obj is None, owner.__name__)


class K:
    c = NonData()


k = K()
print(K.c, k.c)
k.c = 3
print(k.c)


class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("no names")


try:
    class Broken:
        attr = Bad()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
