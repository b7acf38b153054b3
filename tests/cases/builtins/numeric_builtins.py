# abs, divmod, pow (with modulus), round (banker's), sum, min/max (key/default), bin/hex/oct, chr/ord.
print(abs(-5), abs(-2.5), abs(3 + 4j), abs(True), abs(-0.0), abs(-(10 ** 30)))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-0.5, 1))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(-2, 3, 5), pow(3, -1, 11), pow(2.0, 3), pow(4, 0.5), pow(base=2, exp=3, mod=5))
for bad in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 0.5, 3)]:
    try:
        pow(*bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.4999999999999999, 2.500001)])
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(-123.456, 1), round(7, -1), round(15, -1), round(25, -1))
print(round(1e300, 2), round(0.0), round(-0.0, 1), round(5.5), round(6.5), round(10 ** 20 + 0.5))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
try:
    round("1")
except TypeError as e:
    print(e)


class R:
    def __round__(self, n=None):
        return f"rounded {n}"


print(round(R()), round(R(), 3))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), start=100), sum([]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
print(min(3, 1, 2), max("apple", "fig", key=len), min([], default="empty"), max([5, 9], default=0), min("zebra"))
print(max([("a", 3), ("b", 1)], key=lambda t: t[1]), min([2, -3, 1], key=abs), max(1, 1.0), max(1.0, 1), max([3, 3.0]))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1], [2], default=0), lambda: min(1, "a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bin(10), bin(-10), bin(0), hex(255), hex(-1), oct(8), oct(-8), hex(2 ** 70))
try:
    hex(1.5)
except TypeError as e:
    print(e)
print(chr(65), chr(0x1F600), ord("A"), ord("€"), ord(b"A"), chr(0), repr(chr(127)))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: chr("A")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
import math

print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), round(-2.5))
