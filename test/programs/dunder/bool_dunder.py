# covers: dunder.bool
class Empty:
    def __bool__(self):
        print("__bool__ called")
        return False
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
e = Empty()
print(bool(e), not e, "yes" if e else "no", e or "fallback", (e and "never") is e)
print(bool(Sized(0)), bool(Sized(3)), [x for x in (Sized(0), Sized(1)) if x].__len__())
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Both()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
