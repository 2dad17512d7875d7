# covers: lang.class.inheritance, type.list, type.tuple, dunder.getitem
# Subclasses of list, tuple and dict that define __getitem__/__setitem__: subscripts in a hot
# loop call them in every tier, never the base class's fast path.
class L(list):
    def __getitem__(self, i):
        return 'get%r' % (i,)
    def __setitem__(self, i, v):
        print('set', i, v)
class T(tuple):
    def __getitem__(self, i):
        return 'tget%r' % (i,)
class D(dict):
    def __getitem__(self, k):
        return 'dget%r' % (k,)
l = L([1, 2, 3])
t = T((1, 2))
d = D(a=1)
for i in range(3):
    print(l[0], l[-1], t[0], d['a'])
    l[1] = 'x'
print(list(l), l[0:1])
