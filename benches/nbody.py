# Float arithmetic: an n-body simulation of five bodies (own formulation, plain lists).
import math

PI = math.pi
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


def make_bodies():
    # x, y, z, vx, vy, vz, mass
    return [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS],
        [4.84, -1.16, -0.10, 0.00166 * DAYS_PER_YEAR, 0.00770 * DAYS_PER_YEAR, -0.0000690 * DAYS_PER_YEAR, 0.000954 * SOLAR_MASS],
        [8.34, 4.12, -0.40, -0.00277 * DAYS_PER_YEAR, 0.00500 * DAYS_PER_YEAR, 0.0000230 * DAYS_PER_YEAR, 0.000286 * SOLAR_MASS],
        [12.89, -15.11, -0.22, 0.00296 * DAYS_PER_YEAR, 0.00237 * DAYS_PER_YEAR, -0.0000296 * DAYS_PER_YEAR, 0.0000437 * SOLAR_MASS],
        [15.38, -25.92, 0.18, 0.00268 * DAYS_PER_YEAR, 0.00163 * DAYS_PER_YEAR, -0.0000951 * DAYS_PER_YEAR, 0.0000515 * SOLAR_MASS],
    ]


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        a = bodies[i]
        e += 0.5 * a[6] * (a[3] * a[3] + a[4] * a[4] + a[5] * a[5])
        for j in range(i + 1, n):
            b = bodies[j]
            dx, dy, dz = a[0] - b[0], a[1] - b[1], a[2] - b[2]
            e -= a[6] * b[6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, dt, steps):
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    for _ in range(steps):
        for a, b in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            dist2 = dx * dx + dy * dy + dz * dz
            mag = dt / (dist2 * math.sqrt(dist2))
            bm = b[6] * mag
            am = a[6] * mag
            a[3] -= dx * bm
            a[4] -= dy * bm
            a[5] -= dz * bm
            b[3] += dx * am
            b[4] += dy * am
            b[5] += dz * am
        for body in bodies:
            body[0] += dt * body[3]
            body[1] += dt * body[4]
            body[2] += dt * body[5]


def main():
    bodies = make_bodies()
    offset_momentum(bodies)
    before = energy(bodies)
    advance(bodies, 0.01, 350000)
    after = energy(bodies)
    print(f"energy {before:.9f} {after:.9f}")


main()
