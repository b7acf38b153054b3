# float methods and format(): is_integer, as_integer_ratio, hex/fromhex, format specs.
x = 3.75
print(x.is_integer(), (4.0).is_integer(), x.as_integer_ratio(), (0.1).as_integer_ratio())
print(x.hex(), (0.1).hex(), (-0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print(x.real, x.imag, x.conjugate(), float.__name__, (2.5).__trunc__(), (2.5).__floor__(), (-2.5).__ceil__())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(e)
for spec in ["", ".2f", ".0f", "10.3f", "<10.2f", "^10.1f", "+.2f", " .2f", "e", ".2e", "E", "g", ".3g",
             "G", "%", ".1%", ",.2f", "_.3f", "012.3f", "n", ".10g", "#.0f", "#g", "=+10.2f", ".0e"]:
    for v in (1234.5678, -0.000123456, 1e21, 0.5):
        print(f"{spec!r:8} {v!r:14} -> {format(v, spec)!r}")
for v in (float("inf"), float("-inf"), float("nan")):
    print(format(v, ""), format(v, ".2f"), format(v, "e"), format(v, "10"), format(v, "%"), format(v, "+g"))
print(format(1e16, ""), format(1.0, ""), format(1e-5, ""), format(123.0, "g"), format(1e16, "g"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(1.0005, ".3f"))
print("%.17g" % 0.1, "%.20f" % 0.1, "%.0e" % 12345, "%#.3g" % 1)
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
try:
    format(1.5, "x")
except ValueError as e:
    print(e)
