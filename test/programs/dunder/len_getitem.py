# covers: dunder.len, dunder.getitem
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i
s = Squares(6)
print(len(s), s[2], s[-1], s[1:4], s[::2], bool(s), bool(Squares(0)))
print(list(s), 16 in s, 17 in s, list(reversed(s)), sum(s))
for i, v in enumerate(s):
    if i > 2:
        break
    print(i, v)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
