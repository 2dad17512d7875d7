# covers: program.adventure
"""A text adventure driven by a scripted list of commands: rooms, items, doors, a state machine."""

class GameOver(Exception):
    pass


class Room:
    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.exits = {}
        self.items = []
        self.locked = {}

    def connect(self, direction, other, back, locked_by=None):
        self.exits[direction] = other
        other.exits[back] = self
        if locked_by:
            self.locked[direction] = locked_by

    def describe(self):
        lines = [f"== {self.name} ==", self.description]
        if self.items:
            lines.append("You see: " + ", ".join(sorted(self.items)))
        lines.append("Exits: " + ", ".join(sorted(self.exits)))
        return "\n".join(lines)


class Player:
    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.moves = 0
        self.score = 0


class Game:
    def __init__(self):
        hall = Room("Hall", "A dusty entrance hall.")
        library = Room("Library", "Shelves of crumbling books.")
        vault = Room("Vault", "A cold steel room.")
        garden = Room("Garden", "Overgrown and quiet.")
        hall.connect("north", library, "south")
        hall.connect("east", garden, "west")
        library.connect("east", vault, "west", locked_by="brass key")
        garden.items.append("brass key")
        library.items += ["candle", "map"]
        vault.items.append("gold")
        self.player = Player(hall)
        self.state = "playing"
        self.handlers = {"look": self.look, "go": self.go, "take": self.take,
                         "drop": self.drop, "inventory": self.inventory, "quit": self.quit}

    def run(self, command):
        words = command.lower().split()
        if not words:
            return "Say something."
        verb, args = words[0], words[1:]
        handler = self.handlers.get(verb)
        if handler is None:
            return f"I don't know how to '{verb}'."
        self.player.moves += 1
        return handler(" ".join(args))

    def look(self, _):
        return self.player.room.describe()

    def go(self, direction):
        room = self.player.room
        if direction not in room.exits:
            return f"You can't go {direction or 'nowhere'}."
        need = room.locked.get(direction)
        if need and need not in self.player.inventory:
            return f"The way {direction} is locked. You need the {need}."
        if need:
            del room.locked[direction]
            self.player.score += 10
        self.player.room = room.exits[direction]
        return self.player.room.describe()

    def take(self, item):
        room = self.player.room
        if item not in room.items:
            return f"There is no {item} here."
        room.items.remove(item)
        self.player.inventory.append(item)
        self.player.score += 5
        if item == "gold":
            self.state = "won"
            raise GameOver(f"You found the gold in {self.player.moves} moves!")
        return f"Taken: {item}."

    def drop(self, item):
        if item not in self.player.inventory:
            return f"You don't have {item}."
        self.player.inventory.remove(item)
        self.player.room.items.append(item)
        return f"Dropped: {item}."

    def inventory(self, _):
        inv = self.player.inventory
        return "You carry: " + (", ".join(inv) if inv else "nothing")

    def quit(self, _):
        self.state = "quit"
        raise GameOver("Bye.")


script = ["look", "go north", "take candle", "go east", "dance", "go south", "go east",
          "take key", "take brass key", "inventory", "drop candle", "look", "go west",
          "go north", "go east", "", "take gold", "look"]
game = Game()
for cmd in script:
    print(f"> {cmd}")
    try:
        print(game.run(cmd))
    except GameOver as end:
        print(end)
        break
print("state:", game.state, "| score:", game.player.score, "| moves:", game.player.moves)
print("inventory:", game.player.inventory)
