# str.format and format(): positional, keyword, indexing, attributes, conversions, nested specs.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Eve", age=5))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "v"}))


class P:
    x = 3
    y = 4


print("{p.x},{p.y}".format(p=P()))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{:>8}|{:<8}|{:^8}|{:*^8}".format("r", "l", "c", "s"))
print("{:08.3f} {:+.1e} {:,} {:_b}".format(3.14159, 12345.678, 10 ** 9, 255))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2))
print("{{}} {}".format("braces"))
print("{0:%}".format(0.25), "{:.1%}".format(1 / 3))
print("{:c}".format(97), "{:#x}".format(48879), "{:=10d}".format(-42))
print(format(1234.5, ","), format(0.5, ".0%"), format("s", "^5"), format(42))
print("{:s}".format("x"), "{}".format(None), "{}".format([1, 2]))
print("{:.3}".format("abcdef"), "{:.3}".format(3.14159))
print("{:10}|{:10}|".format("text", 42))
print("{:<05}|{:^05}".format(7, 7))
print("{:x<4}".format(1))
print("{0!r:>10}".format("pad"))
print("{:g}".format(1e20), "{:g}".format(1.0), "{:.2g}".format(0.000123))
print("Hello {name}, you have {n:d} messages".format_map({"name": "A", "n": 3}))


class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"


print("{a} {b}".format_map(Default(a=1)))
for fmt, args, kwargs in [("{}", (), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{:d}", ("s",), {}),
                          ("{0[5]}", ([1],), {}), ("{", (), {}), ("}", (), {}), ("{:abc}", (1,), {})]:
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(format(3.0), format(3.5, ""), format(-0.0, "+"), format(True, "d"), format(True))
print("{:,.2f}".format(-1234567.891), "{:_.3f}".format(1234.5))
print("{0:b} {0:o} {0:x} {0:X} {0:n} {0:e}".format(2024))
