# covers: dunder.setitem, dunder.delitem
class Grid:
    def __init__(self):
        self.cells = {}
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __getitem__(self, key):
        return self.cells.get(key, ".")
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
g = Grid()
g[0, 0] = "X"
g[1, 2] = "O"
g[0, 0] += "!"
print(g[0, 0], g[5, 5], g.cells)
del g[1, 2]
print(g.cells)
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError:", e)
g["k"] = [1]
g["k"] += [2]
print(g["k"], sorted(g.cells, key=str))
