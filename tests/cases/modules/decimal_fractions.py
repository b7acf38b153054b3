# decimal and fractions: exact arithmetic, contexts, quantize, rounding modes, string forms.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
from fractions import Fraction

print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 3, Decimal(10) / Decimal(3))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal("7.99").quantize(Decimal("1"), rounding=ROUND_DOWN), round(Decimal("2.5")), round(Decimal("3.14159"), 2))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0)
print(getcontext().prec, Decimal("1e3"), Decimal("-0"), Decimal("NaN"), Decimal("Infinity"), repr(Decimal("1.50")))
print(Decimal("1.50").normalize(), Decimal("100").normalize(), Decimal("3.000") == 3, Decimal("0.5") < 1, Decimal(2).sqrt())
print(sum([Decimal("0.1")] * 10), Decimal("10") // 3, Decimal("-7") % 3, divmod(Decimal("7.5"), 2), Decimal("1.23E+5").to_integral())
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
try:
    Decimal(1) / 0
except DivisionByZero as e:
    print("DivisionByZero", issubclass(DivisionByZero, ZeroDivisionError))
print(f"{Decimal('1234.5678'):.2f}", f"{Decimal('1234.5678'):,}", str(Decimal("1E-7")), Decimal("12.340").as_tuple())
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 9), Fraction("0.25"), Fraction(0.5), Fraction(1, 3) * 3 == 1)
print(Fraction(7, 2).numerator, Fraction(7, 2).denominator, float(Fraction(1, 8)), Fraction(22, 7).limit_denominator(5), repr(Fraction(-2, 4)))
print(Fraction(1, 2) < 0.6, Fraction(5, 10) == 0.5, sum(Fraction(1, n) for n in range(1, 5)), Fraction(2, 3) ** 2, round(Fraction(7, 3)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
