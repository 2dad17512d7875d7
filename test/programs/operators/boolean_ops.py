# covers: lang.expr.and_or_not
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and "x", [0] and "x", "a" and "b" and "c", "a" or x_undefined if True else 0)
print(not 0, not 1, not "", not [0], not None, not not 5)
def side(v, log):
    log.append(v)
    return v
log = []
r = side(0, log) and side(1, log)
print(r, log)
log = []
r = side(1, log) or side(2, log)
print(r, log)
log = []
r = side(0, log) or side("", log) or side(3, log) or side(4, log)
print(r, log)
print(1 < 2 and 2 < 3, 1 < 2 and "yes" or "no", 0 < -1 and "yes" or "no")
print(type(0 or 0.0).__name__, (None and 1) is None)
