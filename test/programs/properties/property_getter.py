# covers: lang.class.property_getter
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        print("computing area")
        return round(3.14159 * self.r ** 2, 3)
    @property
    def diameter(self):
        return self.r * 2
c = Circle(2)
print(c.area, c.diameter)
c.r = 3
print(c.area, c.diameter)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.diameter
except AttributeError as e:
    print("AttributeError:", e)
print(type(Circle.area).__name__, isinstance(Circle.__dict__["area"], property))
