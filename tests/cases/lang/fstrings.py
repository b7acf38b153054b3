# f-strings: conversions, format specs, nested fields, = specifier, expressions.
import datetime

name, n, pi = "Ada", 42, 3.14159265
print(f"{name} {n} {pi}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+d}|{-n: d}")
print(f"{pi:.2f} {pi:10.3f} {pi:<10.1f}| {pi:e} {pi:.3g} {pi:%}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {255:#010x}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f} {0xFFFF:_x}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{name:*^{width}}]")
print(f"{n=} {pi=:.2f} {name = }")
print(f"{'nested ' + name.upper()}")
print(f"{[x * 2 for x in range(3)]} {dict(a=1)['a']} {(lambda x: x + 1)(1)}")
print(f"{{literal braces}} {{{n}}}")
print(f"{3 if n > 10 else 4}")
d = {"key": "value"}
print(f"{d['key']} {d!r}")
print(f"multi" f"ple {n}" "parts")
print(f"{'a' 'b'}")
print(f"{n:{'>' if n else '<'}10}")
print(f"{True} {None} {b'x'} {1 + 2j}")
print(f"{datetime.date(2024, 3, 5):%Y/%m/%d}")


class Custom:
    def __format__(self, spec):
        return f"<Custom spec={spec!r}>"

    def __repr__(self):
        return "Custom()"

    def __str__(self):
        return "custom-str"


c = Custom()
print(f"{c} {c:abc} {c!r} {c!s:>12}")
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|")
print(f"{-0.0} {1e100} {1e-7} {float('inf')} {float('nan')}")
print(f"{12.5:g} {0.00001234:g} {123456789.0:g} {1.5e300 * 1e10}")
print(f"{'x':=^7}")
print(f"{10:=+6}")
print(f"{3.0:n} {1000000:n}")
x = 5
print(f"{x!r:>4}")
print(f"""triple {
    x + 1
}""")
try:
    f"{n:z}"
except ValueError as e:
    print(e)
try:
    f"{name:d}"
except ValueError as e:
    print(e)
