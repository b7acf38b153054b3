# Fixed-point float formatting ('%.Nf', format spec 'f') is exact: values whose scaled digits
# fit 128 bits take an integer path, the rest the general one; ties round half to even on the
# exact binary value, as dtoa does.
import random

rng = random.Random(5)
vals = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1e-320, 5e-324, 1e22, 1e23,
        2.0**53, 2.0**60, 2.0**80, 123456789.125, 0.045, 1.005, 9.995, 99.5, 0.05, 1e-5,
        123.456e10, 1.7976931348623157e308, float("inf"), float("-nan")]
for _ in range(40):
    vals.append(rng.uniform(-1e6, 1e6))
    vals.append(rng.randrange(-10**6, 10**6) / 8)
    vals.append(rng.random() * 10 ** rng.randrange(-30, 30))
for v in vals:
    print(" ".join("%.*f" % (d, v) for d in (0, 1, 2, 3, 7, 17, 22, 23)))
    print(f"{v:,.2f}|{v:+.3f}|{v:010.1f}|{v:.0f}|{v:#.0f}|{v:.2%}")
