# covers: traceback.suggestions, exc.AttributeError
class Point:
    def __init__(self):
        self.x_coord = 1
        self.y_coord = 2

p = Point()
print(p.x_coord)
print(p.x_cord)
