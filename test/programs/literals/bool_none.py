# covers: lang.literal.bool_none
print(True, False, None)
print(type(True).__name__, type(None).__name__)
print(True + True, True * 10, False - 1, True / 2)
print(True == 1, False == 0, True is True, None is None)
print(repr(None), str(True), int(False), float(True))
print(isinstance(True, int), bool(None), None == False, None == 0)
print([True, False, None], (None,), {None: True})
x = None
print(x is None, x is not None, not x)
