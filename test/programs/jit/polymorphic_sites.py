# covers: tier.jit, lang.stmt.assign_attr, lang.class.inheritance, lang.class.slots
# Attribute and method sites that see many classes (more than a site's cache holds) use each
# class's own layout and method table; those stay right when a class changes after warm-up:
# a method replaced, a data descriptor or __setattr__/__getattribute__ added to a base, an
# instance dict edited through __dict__.


class Shape:
    kind = "shape"

    def __init__(self, n):
        self.n = n
        self.tag = "s"

    def area(self):
        return self.n

    def label(self):
        return self.kind + str(self.n)


class Square(Shape):
    kind = "square"

    def area(self):
        return self.n * self.n


class Tri(Shape):
    def area(self):
        return self.n * 3 // 2


class Circle(Shape):
    def area(self):
        return self.n * 314 // 100


class Hexa(Tri):
    kind = "hexa"


class Pent(Square):
    pass


class Slim:
    __slots__ = ("n", "tag")

    def __init__(self, n):
        self.n = n
        self.tag = "slim"

    def area(self):
        return -self.n

    def label(self):
        return "slim" + str(self.n)


class Logged(Shape):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2 if name == "n" else value)


class Loud(Shape):
    def __getattribute__(self, name):
        if name == "tag":
            return "LOUD"
        return object.__getattribute__(self, name)


CLASSES = [Shape, Square, Tri, Circle, Hexa, Pent, Slim, Logged, Loud]


def areas(objs):
    return sum(o.area() for o in objs)


def tags(objs):
    return "".join(o.tag[0] for o in objs)


def labels(objs):
    return ",".join(o.label() for o in objs[:9])


def bump(objs):
    for o in objs:
        o.n = o.n + 1


def main():
    objs = [CLASSES[i % len(CLASSES)](i % 7 + 1) for i in range(450)]
    print("areas", areas(objs), "tags", tags(objs[:18]))
    print("labels", labels(objs))
    bump(objs)
    print("bumped", areas(objs), sum(o.n for o in objs))

    # A method replaced on a base class reaches every subclass that inherits it.
    Shape.area = lambda self: 1000
    print("replaced", areas(objs[:9]))
    del Shape.area
    Shape.area = lambda self: self.n
    print("restored", areas(objs[:9]))

    # A data descriptor added to a base class wins over the instance dict of every subclass.
    class Fixed:
        def __get__(self, obj, owner=None):
            return 7

        def __set__(self, obj, value):
            pass

    Shape.n = Fixed()
    print("descriptor", areas(objs[:9]), [o.n for o in objs[:9]])
    bump(objs[:9])
    del Shape.n
    print("descriptor removed", [o.n for o in objs[:9]])

    # __setattr__ added to a base after warm-up.
    def doubling(self, name, value):
        object.__setattr__(self, name, value * 10 if name == "n" else value)

    Tri.__setattr__ = doubling
    bump(objs[:9])
    print("setattr", [o.n for o in objs[:9]])
    del Tri.__setattr__

    # The same on a __slots__ class, whose writes a site checks by class.
    slims = [Slim(i) for i in range(300)]
    bump(slims)
    Slim.__setattr__ = doubling
    bump(slims[:3])
    print("slots setattr", [o.n for o in slims[:4]])
    del Slim.__setattr__
    bump(slims[:3])
    print("slots restored", [o.n for o in slims[:4]])

    # The instance dict edited directly, and an instance attribute shadowing a method.
    objs[1].__dict__["n"] = 40
    objs[2].__dict__["area"] = lambda: -1
    print("dict edits", objs[1].n, areas(objs[:3]))
    del objs[2].__dict__["area"]

    # A slots class refuses an attribute it has no slot for, at a warmed-up site.
    try:
        objs[6].extra = 1
    except AttributeError as e:
        print("refused:", e)
    try:
        print(objs[6].missing)
    except AttributeError as e:
        print("missing:", e)
    print("class attrs", [o.kind for o in objs[:6]])


main()
