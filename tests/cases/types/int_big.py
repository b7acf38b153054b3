# Big integers: arithmetic, division identities, powers, conversions, hashing, bit ops.
a = 2 ** 200 + 12345
b = 3 ** 100 - 7
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, divmod(-a, b))
print((a // b) * b + a % b == a, (-a // b) * b + (-a) % b == -a)
print(a // -7, a % -7, -a // 7, -a % 7)
print(a ** 3 % 1000000007, pow(a, b, 10 ** 9 + 7), pow(3, -1, 7), pow(a, -1, 1000003))
print(a >> 100, a << 10, a & (2 ** 64 - 1), a | 1, a ^ b, ~a)
print(-a >> 3, -a & 0xFFFF)
print(a.bit_length(), b.bit_length(), (-a).bit_length(), a.bit_count())
print(hex(a), oct(b)[:20], bin(a)[:12], len(bin(a)))
print(int(str(a)) == a, int(hex(a), 16) == a, float(a), float(b))
print(a / b, b / a, (10 ** 30) / 7, 10 ** 30 // 7)
print(a == float(a), a > 1e60, a < float("inf"), 2 ** 1023 * 2 == 2 ** 1024)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(e)
try:
    (2 ** 1024) / 1
except OverflowError as e:
    print(e)
print(((2 ** 1024) // 3) % 1000, (2 ** 1024) / (2 ** 1000))
import math

print(math.factorial(50))
print(math.gcd(2 ** 100, 6 ** 50), math.isqrt(10 ** 40 + 12345), math.comb(100, 50))
print(int.to_bytes(a, 26, "big").hex())
print(int.from_bytes(bytes(range(1, 30)), "little"))
print(hash(a) == hash(a), hash(2 ** 100) % (2 ** 61 - 1) == hash(2 ** 100), hash(-(2 ** 100)))
n = 1
for i in range(1, 80):
    n *= i
print(n, str(n).count("0"), len(str(n)))
print(-(10 ** 25) // 3, -(10 ** 25) % 3, abs(-(10 ** 25)), round(10 ** 25 + 55, -1), round(15 * 10 ** 20, -21))
print(sorted([2 ** 65, -(2 ** 65), 0, 2 ** 64, 1]), max(2 ** 70, 2.0 ** 70), 2 ** 70 == 2.0 ** 70)
print((2 ** 64) * 0.5, 2 ** 64 + 0.0, 1 << 100 >> 99, 12345678901234567890 % 97)
print(pow(2, 2 ** 10, 10 ** 30), pow(-3, 333), pow(2, 100) == 2 ** 100)
