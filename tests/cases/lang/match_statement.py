# Structural pattern matching: literals, captures, sequences, mappings, classes, guards, or, as.
def describe(value):
    match value:
        case 0 | 1:
            return "small int"
        case True:
            return "unreachable True"
        case None:
            return "None"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case str(s):
            return f"short str {s}"
        case [x]:
            return f"one-element seq {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"type": "point", "x": x, **others}:
            return f"point x={x} others={others}"
        case {"type": kind}:
            return f"mapping of type {kind}"
        case float(f) if f < 0:
            return "negative float"
        case int(n) | float(n):
            return f"number {n}"
        case _:
            return f"other {type(value).__name__}"


for v in [0, 1, True, None, "hello", "hi", [1], (1, 2), [1, 2, 3], {"type": "point", "x": 3, "y": 4},
          {"type": "circle"}, -2.5, 2.5, 42, {1, 2}, "ab"]:
    print(repr(v), "->", describe(v))


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"


for p in [Point(0, 0), Point(3, 0), Point(0, 5), Point(2, 2), Point(1, 7)]:
    print(where(p))

RED = "red"


class Color:
    RED = "red"
    GREEN = "green"


def color(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case other:
            return f"unknown {other}"


print(color("red"), color("green"), color("blue"))


def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case _:
            return "unknown"


for c in ["go north", "go west", "take a b", "take", "quit", "exit", ""]:
    print(repr(c), command(c))

match (1, (2, 3)):
    case (a, (b, c)):
        print(a, b, c)
match "abc":
    case [*_]:
        print("str is not a sequence pattern")
    case _:
        print("str did not match sequence")
match 5:
    case x:
        print("irrefutable capture", x)
print(x)
