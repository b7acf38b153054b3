# Number layout: zero padding, alignment, signs, prefixes, fills and grouping, for small and
# big ints, floats and str(int) at the extremes of a machine word.
import sys

ints = [0, 5, -5, 42, -42, 255, 65535, -65536, 2**31, -(2**63), 2**63 - 1, 2**64, -(2**70) - 3, 10**25]
specs = ["", "05d", "08", "+06", " 7", "<6", "^9", ">7", "=+9", "x", "#x", "X", "#X", "#010x",
         "o", "#o", "b", "#b", "_b", "_x", ",", "_", "012,", "015_d", "*^12", "é>8", "€=10",
         "0=8", "n", "c"]
for v in ints:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(v, row)

floats = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float("inf"), float("nan")]
fspecs = ["", ".2f", "010.3f", "+.1e", "<12g", "^12.4", "=+12,.2f", "012,.1f", "_.3f", "%",
          "08.2%", "*>10", "é^11.2f", "z.1f", " g"]
for x in floats:
    print(x, [format(x, s) for s in fspecs])

print([str(v) for v in [0, -1, 7, -9, 10, -10, 99999, -(2**63), 2**63 - 1]])
print(f"{3:05d}|{-3:05d}|{2.5:.2f}|{255:x}|{-255:#x}|{12345678:,}|{7:_^9}")
print([len(format(i, "05d")) for i in (1, -1, 123456, -123456)])
print(f"{'ab':>5}|{'é':*^4}|{True:>6}|{True:d}|{False:03}")
class I(int):
    pass
print(format(I(42), "06x"), format(I(-7), "+"), str(I(12)))
try:
    format(5, ".2d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(I(5), "y")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
print(sys.maxsize, -sys.maxsize - 1)

# str.format and f-strings with specs: exact builtins are formatted directly, subclasses
# (and their __format__ overrides) through the method.
class F(float):
    def __format__(self, spec):
        return "F<" + spec + ">"
class S(str):
    pass
print("{0:>6}|{1:.3f}|{2:x}|{0!r:^9}|{3}|{4:{5}}".format("ab", 3.14159, 255, [1, 2], 7, "03"))
print("{:{}{}}|{!s:>4}|{:%}".format(12, "*", ">6", 5, 0.25))
print(f"{F(1.5):abc}|{F(2.0)}|{S('xy'):>5}|{S('q')}|{format(S('z'), '*<3')}")
print("{0}{1}{0}".format(S("s"), F(0.5)), "{:}".format(-0.0), "{:5}".format(True))
print("%d|%5d|%-5d|%05d|%x|%#X|%o|%+d|% d|%.3d" % (7, -42, 3, -9, 255, 255, 8, 5, 5, 7))
print("%d %i %u" % (3.99, -2.5, 10**20), "%x" % -(2**70), "%s|%r|%5.2s" % ("a", "b", "xyz"))
for bad in ["{0:.2d}", "{:x}", "{0:,s}"]:
    try:
        print(bad.format(1.5 if "x" in bad else (1 if "d" in bad else "s")))
    except ValueError as e:
        print("ValueError:", e)
