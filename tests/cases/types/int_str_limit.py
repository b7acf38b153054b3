# The 3.11 limit on decimal conversion of huge ints (sys.set_int_max_str_digits).
import sys

big = 10 ** 5000
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    print(big)
except ValueError as e:
    print("print ->", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(big)), big.bit_length(), big % 9)
print(len(str(10 ** 4299)), len(str(10 ** 4299 - 1)))
try:
    repr(-(10 ** 4300))
except ValueError as e:
    print("ValueError:", e)
huge = 10 ** 1000000
print(huge.bit_length(), huge % 1000007)
try:
    str(huge)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(6000)
s = str(big)
print(len(s), s[:5], s.count("0"))
print(int("7" * 5500) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(640)
try:
    str(10 ** 700)
except ValueError as e:
    print("ValueError:", e)
print(f"{2 ** 2000:x}"[:8])
