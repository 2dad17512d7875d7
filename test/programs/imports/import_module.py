# covers: lang.stmt.import, lang.stmt.import_own
import mod_geometry
print(mod_geometry.area(2), mod_geometry.PI_ISH, mod_geometry.Rect(2, 3).area())
print(mod_geometry.__name__, type(mod_geometry).__name__, mod_geometry._private)
import mod_geometry
print("second import does not re-run the module")
