def f(cmd):
    match cmd:
        case ["go", direction] | ["move", direction]:
            return direction
        case {"action": action, **rest} if rest:
            return action
        case Point(x=0, y=y) as p:
            return y
        case 1 | 2 | -3 | None:
            return 0
        case _:
            return None
