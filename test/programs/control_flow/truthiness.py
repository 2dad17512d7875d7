# covers: type.bool, lang.stmt.if
class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class Plain:
    pass
vals = [0, 1, -1, 0.0, 0.1, "", "0", [], [[]], (), {}, {0: 0}, set(), None, T(), L(), Plain(), range(0), b""]
print([bool(v) for v in vals])
print(["yes" if v else "no" for v in (0, "x", [], [0])])
n = 3
while n:
    n -= 1
print(n)
