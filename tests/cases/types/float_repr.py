# float repr: shortest round-trip, exponents, special values, float() parsing, rounding.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234,
          1.5, 100.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.0 ** 0.5, -0.0, 3.141592653589793,
          9007199254740993.0, 0.1 * 3, 1.1 * 1.1, 100 / 7, 1e300 * 1e10, 4.35, 0.5e-6]
for v in values:
    print(repr(v), str(v))
print(float("1.5"), float(" -2.5e3 "), float("inf"), float("-Infinity"), float("nan"), float("1_000.5"))
print(float(7), float(True), float("0x1p3".replace("0x1p3", "8")), float(2 ** 53 + 1))
for bad in ["", "abc", "1.2.3", "1e", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(3.14159, 3), round(1e20, -19))
print(round(2.5, 0), round(-2.5), round(0.125, 2), round(0.375, 2), type(round(2.5)), type(round(2.5, 0)))
print(1.0 / 3 * 3 == 1.0, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
print(7.0 // 2, -7.0 // 2, 7.0 % 2, -7.0 % 2, 7.5 % -2, divmod(-7.5, 2), 2.0 ** 0.5, (-8.0) ** (1 / 3))
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10), 0.0 * -1)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    (-1.0) ** 0.5
except ValueError as e:
    print(e)
print((-1.0) ** 0.5 if False else (-1) ** 0.5)
print(int(1e20), int(-1.5), float(10 ** 20), 1e20 == 10 ** 20, 0.1 == 1 / 10)
print(sum([0.1] * 10), [0.1] * 3, (0.1, 0.25))
