"""Helper module for the import tests: plain functions, a class, a constant."""
PI_ISH = 3.14

def area(r):
    return PI_ISH * r * r

class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def __repr__(self):
        return f"Rect({self.w}, {self.h})"

_private = "hidden by convention"
print("mod_geometry imported")
