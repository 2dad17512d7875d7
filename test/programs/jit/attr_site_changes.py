# covers: tier.jit, lang.stmt.assign_attr, lang.class.property_getter, lang.class.slots
# Attribute and method sites that compiled code checks inline keep working when what they
# cached changes: a property added to the class, a method shadowed by an instance attribute,
# an object whose __class__ is reassigned, and __slots__ classes sharing a site with dict ones.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return 100 + abs(self.x) + abs(self.y)


class Other:
    def __init__(self):
        self.x = -1
        self.y = -2

    def norm1(self):
        return -7


def read_x(objs):
    total = 0
    for o in objs:
        total += o.x
    return total


def write_x(objs, v):
    for o in objs:
        o.x = v


def norms(objs):
    return [o.norm1() for o in objs]


def slot_walk(objs):
    total = 0
    for o in objs:
        o.y = o.x + 1
        total += o.y + o.norm1()
    return total


def main():
    points = [Point(i, -i) for i in range(300)]
    print("read", read_x(points))
    write_x(points, 2)
    print("after write", read_x(points))
    print("norms", sum(norms(points)))

    # A property named x added to the class now wins over the instance dict.
    Point.x = property(lambda self: 1000)
    print("with property", read_x(points[:5]))
    try:
        write_x(points[:1], 5)
    except AttributeError as e:
        print("write refused:", e)
    del Point.x
    print("property removed", read_x(points[:5]))

    # An instance attribute shadows the method for that instance only.
    points[3].norm1 = lambda: "shadowed"
    print("shadow", norms(points[:5]))
    del points[3].norm1

    # __class__ reassignment switches the class the site sees.
    points[0].__class__ = Other
    print("reclassed", norms(points[:3]), read_x(points[:3]))

    # A slots class at the same sites.
    mixed = [Slotted(i, 2 * i) if i % 3 == 0 else Point(i, i) for i in range(30)]
    write_x(mixed, 4)
    print("mixed", read_x(mixed), sum(norms(mixed)))
    slotted = [Slotted(i, -i) for i in range(200)]
    print("slots first", slot_walk(slotted), slot_walk(mixed))
    try:
        Slotted(1, 2).z = 3
    except AttributeError as e:
        print("slots refused:", e)


main()
