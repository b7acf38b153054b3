# Arithmetic dunders with reflected and in-place forms; NotImplemented and the TypeError message.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("  __radd__ with", other)
        return self.__add__(other)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, k):
        if not isinstance(k, int):
            return NotImplemented
        return Money(self.cents * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Money(self.cents // k)

    def __floordiv__(self, k):
        return self.cents // k

    def __mod__(self, k):
        return self.cents % k

    def __divmod__(self, k):
        return divmod(self.cents, k)

    def __pow__(self, k, mod=None):
        return ("pow", k, mod)

    def __neg__(self):
        return Money(-self.cents)

    def __pos__(self):
        return self

    def __abs__(self):
        return Money(abs(self.cents))

    def __invert__(self):
        return "inverted"

    def __iadd__(self, other):
        print("  __iadd__")
        self.cents += other.cents
        return self

    def __matmul__(self, other):
        return "matmul"

    def __lshift__(self, n):
        return Money(self.cents << n)

    def __and__(self, o):
        return "and"

    def __ror__(self, o):
        return "ror"

    def __xor__(self, o):
        return "xor"


a, b = Money(100), Money(250)
print(a + b, a + 5, 5 + a, a - b, a * 3, 3 * a, a / 3, a // 3, a % 7, divmod(a, 7))
print(a ** 2, pow(a, 2, 5), -a, +a, abs(-a), ~a, a @ b, a << 2, a & 1, 1 | a, a ^ 0)
print(sum([a, b, Money(1)]))
c = a
c += b
print(c, a, c is a)
d = b
d -= a
print(d, b, d is b)
for expr in ["a + 'x'", "'x' + a", "a * 1.5", "a < b", "a @ 1 @ 1", "1 - a", "[] + a"]:
    try:
        eval(expr)
    except TypeError as e:
        print(f"{expr}: {e}")


class Sub(Money):
    def __radd__(self, other):
        print("  Sub.__radd__ tried first")
        return "sub wins"


print(Money(1) + Sub(2))


class OnlyAdd:
    def __add__(self, o):
        return "added"


x = OnlyAdd()
x += 1
print(x)


class InplaceNotImpl:
    def __iadd__(self, o):
        return NotImplemented

    def __add__(self, o):
        return "fallback to __add__"


y = InplaceNotImpl()
y += 1
print(y)
print(int.__add__(1, 2), (5).__radd__(3), (2).__pow__(10), int.__sub__(1, 1.5))
print((1.5).__rsub__(1), float.__floordiv__(7.0, 2), (3).__truediv__(2))
print(True + 1.5, 2 * "ab", [0] * 3, 3 * (1,))
