# Exact int/float arithmetic takes a fast path that may reuse an unshared operand object;
# shared operands must keep their values, and edge cases must match the generic path.
def run():
    a = 1000
    b = a
    a += 1
    print(a, b)
    x = 2.5
    y = x
    x *= 2
    print(x, y)
    big = 2**62
    print(big + big, big * 4, -big - big - big, (big * 2) // 3)
    print(7 % 3, -7 % 3, 7 % -3, -7 // 2, 7 // -2, 0 % 5)
    print(1 << 62, 1 << 63, 5 >> 70, -5 >> 1, 3 << 0)
    print(0.1 + 0.2, 1e308 * 10, -1e308 * 10, 1 / 3, 2 + 0.5, 0.5 - 2)
    print(float("nan") < 1.0, float("nan") != float("nan"), 1.0 == 1, 2**53 + 1 + 0.0)
    print(3 < 4 < 5, 5 >= 5.0, -0.0 == 0.0)
    try:
        1.0 / 0.0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        5 % 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    vals = [i * 1000 for i in range(5)]
    t = 0
    for v in vals:
        t = t + v * 3
    print(t, vals)


run()
