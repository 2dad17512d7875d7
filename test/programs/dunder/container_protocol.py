# covers: dunder.len, dunder.getitem, dunder.setitem, dunder.contains, dunder.iter_next
class Bag:
    def __init__(self, *items):
        self._d = {}
        for it in items:
            self._d[it] = self._d.get(it, 0) + 1
    def __len__(self):
        return sum(self._d.values())
    def __contains__(self, it):
        return it in self._d
    def __iter__(self):
        for k, n in self._d.items():
            for _ in range(n):
                yield k
    def __getitem__(self, it):
        return self._d.get(it, 0)
    def __setitem__(self, it, n):
        if n:
            self._d[it] = n
        else:
            self._d.pop(it, None)
    def __repr__(self):
        return f"Bag({', '.join(map(repr, self))})"
b = Bag("a", "b", "a", "c")
print(b, len(b), "a" in b, "z" in b, b["a"], b["z"])
b["z"] = 2
b["a"] = 0
print(b, len(b), sorted(b), list(b).count("z"))
