# covers: program.life
"""Conway's Game of Life on a torus: sets of coordinates, generators, pattern detection."""

class Life:
    def __init__(self, width, height, cells=()):
        self.width, self.height = width, height
        self.alive = set(cells)
        self.generation = 0

    @classmethod
    def from_text(cls, text, width, height, dx=0, dy=0):
        cells = set()
        for y, line in enumerate(text.strip("\n").splitlines()):
            for x, ch in enumerate(line):
                if ch == "#":
                    cells.add(((x + dx) % width, (y + dy) % height))
        return cls(width, height, cells)

    def neighbours(self, x, y):
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if dx or dy:
                    yield (x + dx) % self.width, (y + dy) % self.height

    def step(self):
        counts = {}
        for cell in self.alive:
            for n in self.neighbours(*cell):
                counts[n] = counts.get(n, 0) + 1
        self.alive = {c for c, k in counts.items() if k == 3 or (k == 2 and c in self.alive)}
        self.generation += 1
        return self

    def run(self, n):
        for _ in range(n):
            yield self.step()

    def bbox(self):
        if not self.alive:
            return None
        xs = [x for x, _ in self.alive]
        ys = [y for _, y in self.alive]
        return min(xs), min(ys), max(xs), max(ys)

    def render(self):
        rows = []
        for y in range(self.height):
            rows.append("".join("#" if (x, y) in self.alive else "." for x in range(self.width)))
        return "\n".join(rows)

    def signature(self):
        box = self.bbox()
        if box is None:
            return frozenset()
        x0, y0 = box[0], box[1]
        return frozenset((x - x0, y - y0) for x, y in self.alive)


GLIDER = """
.#.
..#
###
"""
BLINKER = "###"

g = Life.from_text(GLIDER, 8, 6)
print(f"gen {g.generation}, {len(g.alive)} alive, bbox {g.bbox()}")
print(g.render())
start_shape = g.signature()
for world in g.run(4):
    print(f"gen {world.generation}, alive {len(world.alive)}, bbox {world.bbox()}")
print(g.render())
print("glider returned to its shape:", g.signature() == start_shape)
print("moved cells:", sorted(g.alive))

b = Life.from_text(BLINKER, 5, 5, dx=1, dy=2)
states = []
for _ in range(4):
    states.append(sorted(b.alive))
    b.step()
print("blinker period 2:", states[0] == states[2] and states[1] == states[3] and states[0] != states[1])
print(states[0], states[1])

r = Life.from_text("""
.##
##.
.#.
""", 16, 16, dx=6, dy=6)
history = []
for world in r.run(30):
    history.append(len(world.alive))
print("r-pentomino populations:", history)
print(r.render())
empty = Life(3, 3)
print(empty.step().alive, empty.bbox(), empty.signature())
