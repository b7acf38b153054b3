# Formatting ints: big values with separators, bases, padding, signs, and the c and n types.
n = 12345678901234567890123
for spec in ["", ",", "_", "x", "_x", "#X", "o", "b", "040,", "+,", "e", ".3e", "g", "%", "=+40_", "^40"]:
    print(f"{spec!r:8}", format(n, spec), format(-n, spec))
print(format(255, "c") if False else format(65, "c"), format(0x1F600, "c"), format(0, "#b"), format(-1, "#x"), format(5, "+05"))
print(format(1234567, "n"), format(1234, ","), format(-1234, "_"), format(1000, "08,"), format(2 ** 64, "#_x"))
try:
    format(1, ",x")
except ValueError as e:
    print(e)
try:
    format(65, ".2c")
except ValueError as e:
    print(e)
try:
    format(-1, "c")
except OverflowError as e:
    print(e)
print(f"{10 ** 25:,d}", f"{-10 ** 25:>+35,}", "%d %x %o" % (n, n, n), "%30d|" % -n, "%-30d|" % n, "%+.3e" % n)
print(str(2 ** 100), repr(-2 ** 100), hex(-2 ** 100), bin(2 ** 70)[:10], oct(2 ** 64))
