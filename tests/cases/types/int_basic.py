# int: arithmetic, floor division and modulo signs, bit operations, conversions, errors.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b, a ** 2)
print(2 ** 10, 2 ** -2, (-2) ** 3, 0 ** 0, pow(3, 4), pow(-8, 1 / 3).__class__.__name__)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 >> 1, 5 << 3, -1 << 4, 255 >> 10)
print(int("42"), int("-0x1f", 16), int("0b101", 0), int("777", 8), int("zz", 36), int(" 12 "), int("1_000"))
print(int(3.99), int(-3.99), int(True), int("+7"), int(b"12"), int(bytearray(b"3")))
for bad in ["", "1.5", "abc", "1__0", "0x", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int("1", 37)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
for bad in ["1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "0 ** -1", "1 << -1"]:
    try:
        eval(bad)
    except (ZeroDivisionError, ValueError) as e:
        print(bad, "->", type(e).__name__, e)
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (7).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2], "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print((10).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2))
print(abs(-3), -(-3), +3, int.__name__, type(1).__mro__)
print(isinstance(1, int), 1 == 1.0, int() == 0)
print(sum(range(1, 101)), max(3, 7, 1), min(-1, -5))
print(10 ** 18 + 1, 9223372036854775807 + 1, -9223372036854775808 - 1, 2 ** 63 * 2 ** 63)
print(hex(-255), oct(64), bin(-5), int("-0b11", 0), 0o777 == 511)
print((3).__index__(), int.__new__(int, 5), int("٣"), int("１２"))
