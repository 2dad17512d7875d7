# covers: dunder.repr, dunder.str
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<1>"
class OnlyStr:
    def __str__(self):
        return "only str"
b, r = Both(), OnlyRepr()
print(b, repr(b), str(b), [b], (b,), {"k": b}, f"{b} {b!r}", "%s %r" % (b, b))
print(r, str(r), [r], f"{r}")
print(str(OnlyStr()), [str(OnlyStr())])
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
