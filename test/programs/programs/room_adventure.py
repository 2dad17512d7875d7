# covers: program.adventure, lang.class.property_getter, lang.class.user_exception, lang.func.varargs, lang.stmt.assign_star
# A text adventure command interpreter driven by a script.
import sys
from collections import namedtuple

Room = namedtuple("Room", "name desc exits items")
WORLD = {
    "hall": Room("Hall", "A dusty hall.", {"north": "library", "east": "kitchen"}, ["lamp"]),
    "library": Room("Library", "Books everywhere.", {"south": "hall"}, ["book", "key"]),
    "kitchen": Room("Kitchen", "Smells of bread.", {"west": "hall", "down": "cellar"}, ["bread"]),
    "cellar": Room("Cellar", "Dark and damp.", {"up": "kitchen"}, ["treasure"]),
}

class GameOver(Exception):
    pass

class Player:
    def __init__(self):
        self.where = "hall"
        self.inventory = []
        self.moves = 0
        self.items = {k: list(r.items) for k, r in WORLD.items()}

    @property
    def room(self):
        return WORLD[self.where]

    def do(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(*rest)

    def cmd_look(self):
        here = self.items[self.where]
        items = ", ".join(sorted(here)) or "nothing"
        exits = " ".join(sorted(self.room.exits))
        return f"{self.room.name}: {self.room.desc} You see {items}. Exits: {exits}."

    def cmd_go(self, direction=None):
        if direction is None:
            return "Go where?"
        target = self.room.exits.get(direction)
        if target is None:
            return "You can't go that way."
        if target == "cellar" and "lamp" not in self.inventory:
            return "It's too dark to go down without a lamp."
        self.where = target
        return self.cmd_look()

    def cmd_take(self, *names):
        out = []
        for name in names:
            here = self.items[self.where]
            if name in here:
                here.remove(name)
                self.inventory.append(name)
                out.append(f"Taken: {name}.")
            else:
                out.append(f"No {name} here.")
        return " ".join(out) if out else "Take what?"

    def cmd_drop(self, name):
        try:
            self.inventory.remove(name)
        except ValueError:
            return f"You don't have {name}."
        self.items[self.where].append(name)
        return f"Dropped {name}."

    def cmd_inv(self):
        return "You carry: " + (", ".join(self.inventory) if self.inventory else "nothing")

    def cmd_quit(self):
        raise GameOver(f"quit after {self.moves} moves")

    def cmd_eat(self, name):
        if name != "bread" or name not in self.inventory:
            return "You can't eat that."
        self.inventory.remove(name)
        return "Delicious."

script = """look
go north
take book key sword
go south
go east
go down
go west
take lamp
go east
go down
take treasure
inv
eat bread
dance
drop key
look

go
go up
quit
look"""
p = Player()
try:
    for line in script.splitlines():
        print(f"> {line}")
        print(p.do(line))
except GameOver as e:
    print("Game over:", e)
print(p.moves, sorted(p.inventory), {k: sorted(v) for k, v in p.items.items()})
scores = {"treasure": 100, "book": 5, "key": 10, "lamp": 1}
print(sum(scores.get(i, 0) for i in p.inventory))
def sim(steps):
    q = Player()
    dirs = ["north", "south", "east", "west", "down", "up"]
    visits = {}
    for i in range(steps):
        q.do("go " + dirs[(i * 7 + i // 3) % 6])
        visits[q.where] = visits.get(q.where, 0) + 1
        if i % 50 == 0:
            q.do("take lamp")
    return sorted(visits.items())
print(sim(5000))
p.do("go")
p.do("take")
p.do("drop")
