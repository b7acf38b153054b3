# Exact comparisons between ints, floats and big ints; hashing consistency; int/float conversions at the edges.
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) == 2 ** 53, int(float(big)) == 2 ** 53)
print(10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"), 10 ** 400 > 1e308)
print(float("nan") == 0, float("nan") < 1, float("nan") > 1, 1 < float("nan"), [0.0] == [-0.0], 0.0 == -0.0)
print(hash(0.0) == hash(-0.0), hash(1.5) == hash(1.5), hash(2 ** 53) == hash(float(2 ** 53)), hash(True) == hash(1.0))
print(1 == 1.0 == (1 + 0j), {1: "a", 1.0: "b"}, {1, 1.0, True}, len({0, 0.0, -0.0, False}))
print(0.1 + 0.2 > 0.3, round(0.1 + 0.2, 15) == 0.3, 3 * 0.1 == 0.30000000000000004, 1e16 + 1 == 1e16)
print(int(1e16), int(-1e-10), int(1.9999999999999999), 2 ** 63 == 9223372036854775808.0, 2 ** 1023 < 1.8e308)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), sorted([1, 1.0, True, 0.5]), sorted([3, 2.5, -1, 10 ** 20]))
print(7 // 2.0, -7 // 2.0, 7 % 2.5, 2 ** 0.5 * 2 ** 0.5 == 2, (1 / 3) * 3 == 1, 9007199254740993 == 9007199254740992.0)
print(divmod(10 ** 20, 7.0), 10 ** 20 / 3, 10 ** 20 // 3.0, float(10 ** 20 // 3), (10 ** 20 + 1) % 2.0)
print(int("1" * 30) == float("1" * 30), int("1" * 30) < float("1" * 30), float("1" * 30))
print(True < 2, False == 0.0, complex(1, 0) == 1, 1j ** 2 == -1, abs(-2 ** 63), -2 ** 63)
