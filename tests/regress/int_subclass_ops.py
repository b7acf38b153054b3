# Binary operators and comparisons on int subclasses and bools must reach the subclass's
# dunders (a machine-int fast path once skipped them).
class I(int):
    def __add__(self, o):
        return "add"

    def __lt__(self, o):
        return "lt"

    def __truediv__(self, o):
        return "div"


print(I(1) + 2, 2 + I(1), I(1) < 2, 2 < I(1), I(6) / 3, 6 / I(3))
print(True + True, True & True, True | False, True ^ True, ~True, -True)
print(type(True & True).__name__, type(True & 1).__name__, True < 2, False == 0)
print(7 / 2, -7 / 2, (1 << 53) / 3, (1 << 60) / 7, 10 / -4, 0 / 5)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
