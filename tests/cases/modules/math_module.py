# math: constants, rounding, powers/logs, trig, special functions, integer functions, errors.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-0.5), type(math.floor(2.5)).__name__, math.fabs(-3))
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.pow(2, 10), math.exp(1), math.exp(0), math.expm1(1e-10))
print(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.log(2 ** 1000))
print(math.sin(0), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(0), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.factorial(10), math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 8), math.lcm(4, 6), math.lcm(2, 3, 4))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.fsum([0.1] * 10))
print(math.copysign(1, -0.0), math.fmod(-7, 3), math.remainder(7, 3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.gamma(5), math.lgamma(10), math.erf(1), math.erfc(1), math.nextafter(1, 2), math.ulp(1.0))
print(math.cbrt(27) if hasattr(math, "cbrt") else 3.0000000000000004, math.exp2(3) if hasattr(math, "exp2") else 8.0)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1),
            lambda: math.factorial(2.5), lambda: math.exp(1000), lambda: math.acos(2), lambda: math.comb(-1, 2),
            lambda: math.pow(0, -1), lambda: math.isqrt(-4), lambda: math.sqrt("x")]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.floor(1e300) == int(1e300), math.ceil(-0.0), math.trunc(1e20), round(math.pi, 5))
