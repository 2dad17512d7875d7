# covers: lang.stmt.import_as
import mod_geometry as geo
import math as m, sys as system
print(geo.area(1), geo.Rect(1, 1), m.sqrt(81), system.maxsize > 0)
print(geo.__name__, m.__name__)
from mod_geometry import area as circle_area, Rect as R
print(circle_area(10), R(4, 5).area())
