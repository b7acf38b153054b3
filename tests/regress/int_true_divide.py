# int / int: operands exactly representable as floats divide in one rounding (the fast path);
# larger ones go through the exact big-integer algorithm; both must agree with CPython.
vals = [0, 1, -1, 7, -7, 3, 10, 2**52 + 1, 2**53, -2**53, 2**53 + 1, 10**18, -(2**63), 255, 10**30]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append(repr(a / b))
        except ZeroDivisionError as e:
            row.append(f"ZeroDivisionError({e})")
    print(" ".join(row))
total = count = 0
for v in range(1, 50):
    total += v
    count += 1
    avg = total / count
print(avg, 1 / 3, -2 / 3, True / 2)
