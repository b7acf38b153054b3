# Attribute access and method calls on objects: instance and class attributes, properties, inheritance.
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    drag = 0.5

    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.steps = 0

    @property
    def speed2(self):
        return self.vel.dot(self.vel)

    def step(self):
        self.pos = self.pos.add(self.vel)
        self.vel = self.vel.scale(self.drag if self.steps % 10 == 0 else 1)
        self.steps += 1


class Charged(Particle):
    drag = 0.25

    def __init__(self, pos, vel, charge):
        super().__init__(pos, vel)
        self.charge = charge

    def step(self):
        Particle.step(self)
        self.charge = -self.charge


def main():
    particles = [Particle(Vector(i, -i), Vector(1, 2)) for i in range(50)]
    particles += [Charged(Vector(0, i), Vector(3, 1), 1) for i in range(50)]
    total = 0
    for _ in range(20000):
        for p in particles:
            p.step()
            total += p.steps
    checksum = sum(p.pos.x + p.pos.y for p in particles) + sum(p.speed2 for p in particles)
    print("steps", total, "checksum", checksum)


main()
