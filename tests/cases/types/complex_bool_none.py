# complex numbers, bool as int subclass, None/NotImplemented/Ellipsis singletons.
z = complex(3, 4)
print(z, abs(z), z.real, z.imag, z.conjugate(), z * z, z / (1 + 1j), z + 1, z - 1j, -z)
print(complex("1+2j"), complex("-1.5j"), complex(2), complex(), 1j ** 2, (1 + 2j) ** 2, 2 ** 1j)
print(repr(1j), repr(-1j), repr(complex(0, 0)), repr(complex(-0.0, -0.0)), repr(complex(1e20, 1e-5)))
print((1 + 2j) == complex(1, 2), 1 + 0j == 1, hash(1 + 0j) == hash(1))
print(format(1 + 2j, ".2f"), f"{3.5 - 1j:>15}", complex(float("inf"), float("nan")))
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print(e)
try:
    complex("abc")
except ValueError as e:
    print(e)
try:
    1j // 1
except TypeError as e:
    print(e)
try:
    (1 + 0j) / 0
except ZeroDivisionError as e:
    print(e)
print(True + True, True * 10, True / 2, -True, ~True, True & False, True | False, True ^ True)
print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool(None), bool(0j), bool(float("nan")))
print(repr(True), str(False), type(True).__name__, int(True), True == 1, False == 0)
print(sum([True, True, False]), [1, 2, 3][True], {True: "a", 1: "b"})
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
print(None, type(None).__name__, None == None, None is None, None == 0, bool(None))
print(type(None)() is None, type(NotImplemented).__name__, type(...).__name__, type(...)() is ...)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print(e)
print(isinstance(True, int), issubclass(bool, int), True.__class__.__mro__)
