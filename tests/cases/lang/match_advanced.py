# More match: builtin class patterns, dataclass __match_args__, nested patterns, star in the middle, guards with side effects, value patterns.
from dataclasses import dataclass
from enum import Enum


@dataclass
class Circle:
    r: float


@dataclass
class Rect:
    w: float
    h: float


class Kind(Enum):
    A = "a"
    B = "b"


def area(shape):
    match shape:
        case Circle(r=0) | Rect(w=0) | Rect(h=0):
            return "degenerate"
        case Circle(r):
            return round(3.14159 * r * r, 2)
        case Rect(w, h) if w == h:
            return f"square {w * h}"
        case Rect(w, h):
            return w * h
        case [Circle() | Rect() as first, *rest]:
            return f"list starting with {type(first).__name__} and {len(rest)} more"
        case _:
            return "unknown"


for s in [Circle(1), Circle(0), Rect(2, 2), Rect(2, 3), Rect(0, 5), [Rect(1, 1), Circle(2)], "x"]:
    print(area(s))


def classify(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return "negative int"
        case int() | float():
            return "number"
        case str() if not value:
            return "empty string"
        case bytes(data):
            return f"bytes of {len(data)}"
        case [1, *middle, 9]:
            return f"1..9 around {middle}"
        case (a, b, *_) if a == b:
            return "starts with a pair"
        case {"id": int(ident), **rest} if not rest:
            return f"only id {ident}"
        case {"id": _, **rest}:
            return f"id plus {sorted(rest)}"
        case Kind.A:
            return "enum A"
        case Kind():
            return "other enum"
        case dict():
            return "some dict"
        case _:
            return "fallback"


for v in [True, -3, 2.5, "", b"abc", [1, 2, 3, 9], (4, 4, 5), {"id": 7}, {"id": 7, "x": 1, "a": 2}, Kind.A, Kind.B, {}, None, [1, 9]]:
    print(repr(v), "->", classify(v))
calls = []


def check(tag, result):
    calls.append(tag)
    return result


match 5:
    case 1 if check("g1", True):
        pass
    case int() if check("g2", False):
        pass
    case _ if check("g3", True):
        print("third case", calls)
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("mapping patterns ignore extra keys")
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a + b + c + d)
match "hello world".split():
    case [("hello" | "hi") as greeting, name]:
        print(greeting, name)
