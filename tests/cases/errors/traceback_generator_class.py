# Tracebacks through a generator, a class body, __init__ and a builtin called with a bad argument.
def produce():
    yield 1
    yield int("two")


class Config:
    def __init__(self, values):
        self.total = sum(values)


class Builder:
    items = list(produce())
