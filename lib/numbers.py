"""The numeric tower of PEP 3141: Number > Complex > Real > Rational > Integral.

Each level lists the operations a number type must implement (abstract) and
derives a few more from them.  complex, float and int are registered at the
matching levels.
"""

from abc import ABCMeta, abstractmethod

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


class Number(metaclass=ABCMeta):
    """Root of the numeric tower; isinstance(x, Number) tests for any number."""

    __slots__ = ()

    # Numbers are unhashable unless a concrete type says otherwise.
    __hash__ = None


class Complex(Number):
    """Numbers supporting the operations of the builtin complex type.

    Besides the abstract methods, subclasses get bool(), - and reflected -.
    """

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """complex(self): the value as a builtin complex."""

    def __bool__(self):
        """True unless the number equals zero."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real component."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary component."""
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        """self + other"""
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        """other + self"""
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        """-self"""
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        """+self"""
        raise NotImplementedError

    def __sub__(self, other):
        """self - other, as self + (-other)"""
        negated = -other
        return self + negated

    def __rsub__(self, other):
        """other - self, as (-self) + other"""
        negated = -self
        return negated + other

    @abstractmethod
    def __mul__(self, other):
        """self * other"""
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        """other * self"""
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        """self / other (true division)"""
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        """other / self (true division)"""
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        """self ** exponent"""
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        """base ** self"""
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        """abs(self): the magnitude, a Real"""
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """The complex conjugate; a no-op for real numbers."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        """self == other"""
        raise NotImplementedError


class Real(Complex):
    """Complex numbers that are ordered and have no imaginary part.

    Adds conversion to float, rounding, floor division, modulo and ordering;
    complex(), real, imag, conjugate and divmod follow from those.
    """

    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """float(self)"""
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        """math.trunc(self): the Integral nearest to self towards zero."""
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        """math.floor(self): the greatest Integral <= self."""
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        """math.ceil(self): the least Integral >= self."""
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        """round(self, ndigits): an Integral without ndigits, otherwise
        a Real rounded to that many decimal places (ties to even)."""
        raise NotImplementedError

    def __divmod__(self, other):
        """divmod(self, other): (self // other, self % other)"""
        quotient = self // other
        return quotient, self % other

    def __rdivmod__(self, other):
        """divmod(other, self): (other // self, other % self)"""
        quotient = other // self
        return quotient, other % self

    @abstractmethod
    def __floordiv__(self, other):
        """self // other: the floor of self / other"""
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        """other // self: the floor of other / self"""
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        """self % other"""
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        """other % self"""
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        """self < other"""
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        """self <= other"""
        raise NotImplementedError

    def __complex__(self):
        """complex(self), through float(self)"""
        return complex(float(self))

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """A real number has no imaginary part."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self


class Rational(Real):
    """Real numbers that are ratios of two integers.

    numerator and denominator should be in lowest terms (denominator > 0).
    """

    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        """float(self), dividing the integers exactly so that huge ratios
        do not overflow on the way."""
        top = int(self.numerator)
        bottom = int(self.denominator)
        return top / bottom


class Integral(Rational):
    """Rational numbers with denominator 1, adding int(), index() and the
    bitwise operators."""

    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """int(self)"""
        raise NotImplementedError

    def __index__(self):
        """operator.index(self), via int(self)"""
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """self ** exponent, or pow(self, exponent, modulus) when a modulus
        is given"""
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        """self << other"""
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        """other << self"""
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        """self >> other"""
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        """other >> self"""
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        """self & other"""
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        """other & self"""
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        """self ^ other"""
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        """other ^ self"""
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        """self | other"""
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        """other | self"""
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        """~self"""
        raise NotImplementedError

    def __float__(self):
        """float(self), via int(self)"""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """An integer's denominator is 1."""
        return 1


Complex.register(complex)
Real.register(float)
Integral.register(int)
