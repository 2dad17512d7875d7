# covers: lang.class.property_setter
class Box:
    def __init__(self):
        self._w = 0
    def get_w(self):
        return self._w
    def set_w(self, v):
        self._w = max(0, v)
    def del_w(self):
        self._w = None
    width = property(get_w, set_w, del_w, "the width")
b = Box()
b.width = -5
print(b.width)
b.width = 7
print(b.width, Box.width.__doc__)
del b.width
print(b.width)
ro = property(lambda self: 42)
class R:
    answer = ro
print(R().answer, R.answer.fset is None)
