# covers: lang.stmt.from_import
from mod_geometry import area, Rect, PI_ISH
from math import sqrt, floor, pi
from collections import Counter
print(area(3), Rect(2, 2), PI_ISH, sqrt(2) * sqrt(2), floor(pi))
print(Counter("aab").most_common(1))
from mod_counter import bump, count
bump()
bump()
import mod_counter
print(count, mod_counter.count)
