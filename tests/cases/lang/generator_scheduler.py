# Generator-based round-robin scheduler and actors with deque.
from collections import deque


def task(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        yield
    print(f"{name} done")


class Scheduler:
    def __init__(self):
        self.ready = deque()

    def spawn(self, gen):
        self.ready.append(gen)

    def run(self):
        while self.ready:
            current = self.ready.popleft()
            try:
                next(current)
                self.ready.append(current)
            except StopIteration:
                pass


s = Scheduler()
s.spawn(task("A", 3))
s.spawn(task("B", 1))
s.spawn(task("C", 2))
s.run()


class Actor:
    registry = {}

    def __init__(self, name, behaviour):
        self.name = name
        self.mailbox = deque()
        self.gen = behaviour(self)
        next(self.gen)
        Actor.registry[name] = self


def printer(self):
    while True:
        msg = yield
        print(f"[{self.name}] {msg}")


def counter(self):
    count = 0
    while True:
        msg = yield
        count += 1
        Actor.registry["printer"].mailbox.append(f"counted {msg} (#{count})")


Actor("printer", printer)
Actor("counter", counter)
for word in ["x", "y", "z"]:
    Actor.registry["counter"].mailbox.append(word)

busy = True
while busy:
    busy = False
    for actor in list(Actor.registry.values()):
        while actor.mailbox:
            busy = True
            actor.gen.send(actor.mailbox.popleft())


def pipeline():
    def numbers():
        for i in range(10):
            yield i

    def evens(src):
        for x in src:
            if x % 2 == 0:
                yield x

    def squared(src):
        for x in src:
            yield x * x

    return list(squared(evens(numbers())))


print(pipeline())
