# covers: lang.class.property_getter, lang.class.slots
# obj.__class__ assignment between classes of the same layout, its refusals, and how
# property errors name the property (named when defined in the class body).


class P:
    @property
    def x(self):
        return 1

    y = property(lambda self: 2)


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class S:
    __slots__ = ("a",)


p = P()
for name in "xy":
    try:
        setattr(p, name, 3)
    except AttributeError as e:
        print(e)
P.z = property(lambda self: 3)
try:
    p.z = 1
except AttributeError as e:
    print(e)
try:
    del p.x
except AttributeError as e:
    print(e)

a = A()
a.extra = 5
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), a.extra)
for target in (5, int, S):
    try:
        a.__class__ = target
    except TypeError as e:
        print(type(e).__name__, e)
