# covers: type.slice
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
a = list(range(10))
print(a[s], a[slice(3)], a[slice(None, None, -1)], "hello"[slice(1, 3)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Spy:
    def __getitem__(self, key):
        return key
sp = Spy()
print(sp[1:2], sp[::3], sp[1:2, 3], sp[...], sp[:, 1])
