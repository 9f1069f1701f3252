# A scripted text adventure: rooms, items, a state machine for the player, and
# command parsing with match statements on split commands and on event classes.

class Room:
    def __init__(self, name, description, exits=None, items=None, locked=None):
        self.name = name
        self.description = description
        self.exits = exits or {}
        self.items = list(items or [])
        self.locked = dict(locked or {})

class Event:
    pass

class Moved(Event):
    __match_args__ = ("src", "dst")
    def __init__(self, src, dst):
        self.src, self.dst = src, dst

class Took(Event):
    __match_args__ = ("item",)
    def __init__(self, item):
        self.item = item

class Unlocked(Event):
    __match_args__ = ("direction", "key")
    def __init__(self, direction, key):
        self.direction, self.key = direction, key

class Failed(Event):
    __match_args__ = ("reason",)
    def __init__(self, reason):
        self.reason = reason

class Game:
    def __init__(self):
        self.rooms = {
            "hall": Room("hall", "A dusty hall.", {"north": "library", "east": "kitchen"}, ["lamp"]),
            "kitchen": Room("kitchen", "Smells of old bread.", {"west": "hall"}, ["knife", "brass key"]),
            "library": Room("library", "Shelves to the ceiling.", {"south": "hall", "up": "tower"},
                            ["book"], locked={"up": "brass key"}),
            "tower": Room("tower", "Wind howls. You see the whole valley.", {"down": "library"}, ["crown"]),
        }
        self.here = "hall"
        self.inventory = []
        self.state = "exploring"
        self.moves = 0
        self.log = []

    def room(self):
        return self.rooms[self.here]

    def handle(self, line):
        words = line.lower().split()
        match words:
            case []:
                return Failed("say something")
            case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
                return self.go(direction)
            case ["take" | "get", *name] if name:
                return self.take(" ".join(name))
            case ["take" | "get"]:
                return Failed("take what?")
            case ["drop", *name]:
                item = " ".join(name)
                if item in self.inventory:
                    self.inventory.remove(item)
                    self.room().items.append(item)
                    return None
                return Failed(f"you have no {item}")
            case ["unlock", direction, "with", *key]:
                return self.unlock(direction, " ".join(key))
            case ["look"]:
                r = self.room()
                items = ", ".join(sorted(r.items)) or "nothing"
                exits = ", ".join(sorted(r.exits))
                print(f"  [{r.name}] {r.description} Items: {items}. Exits: {exits}.")
                return None
            case ["inventory" | "inv" | "i"]:
                print("  carrying:", sorted(self.inventory) or "nothing")
                return None
            case ["quit"]:
                self.state = "quit"
                return None
            case [verb, *_]:
                return Failed(f"I don't know how to {verb}")

    def go(self, direction):
        r = self.room()
        match r.exits.get(direction), r.locked.get(direction):
            case None, _:
                return Failed(f"no exit {direction}")
            case _, str(key):
                return Failed(f"the way {direction} is locked (needs {key})")
            case dst, None:
                src = self.here
                self.here = dst
                self.moves += 1
                return Moved(src, dst)

    def take(self, item):
        if item in self.room().items:
            self.room().items.remove(item)
            self.inventory.append(item)
            return Took(item)
        return Failed(f"there is no {item} here")

    def unlock(self, direction, key):
        r = self.room()
        match r.locked.get(direction):
            case None:
                return Failed("nothing to unlock")
            case needed if needed == key and key in self.inventory:
                del r.locked[direction]
                return Unlocked(direction, key)
            case needed if key not in self.inventory:
                return Failed(f"you don't have the {key}")
            case _:
                return Failed(f"the {key} does not fit")

    def react(self, event):
        match event:
            case None:
                pass
            case Moved(src, "tower"):
                print(f"  You climb from the {src} into the tower.")
            case Moved(_, dst):
                print(f"  You walk to the {dst}.")
            case Took("crown"):
                print("  You lift the crown. You win!")
                self.state = "won"
            case Took(item):
                print(f"  Taken: {item}.")
            case Unlocked(direction, key):
                print(f"  The {key} turns; the way {direction} opens.")
            case Failed(reason):
                print(f"  Can't: {reason}.")
                self.log.append(reason)

script = [
    "look", "take lamp", "north", "up", "unlock up with knife", "south", "east",
    "take brass key", "take spoon", "take", "west", "dance wildly", "", "go north",
    "unlock up with brass key", "unlock up with brass key", "up", "look", "inv",
    "drop lamp", "look", "take crown", "north",
]

game = Game()
for command in script:
    if game.state != "exploring":
        print(f"> {command}  (ignored, game is {game.state})")
        continue
    print(f"> {command}")
    game.react(game.handle(command))

print("final room:", game.here, "moves:", game.moves, "state:", game.state)
print("inventory:", sorted(game.inventory))
print("failures:", len(game.log))
for reason in game.log:
    print("  -", reason)
