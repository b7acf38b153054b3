"""random: pseudo-random numbers over the native Mersenne Twister (Krait's own code).

The generator itself (random(), getrandbits(), seed() of ints, the state) is the native
_random.Random.  Everything built on it here follows the algorithms CPython documents and
uses, step for step and in the same floating-point order, so that a seed gives exactly
CPython's sequence for randrange, choice, shuffle, sample, choices and the distributions.
"""

from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite
from _collections_abc import Sequence as _Sequence
from operator import index as _index
import posix as _posix
import _random

__all__ = [
    'Random', 'SystemRandom', 'betavariate', 'choice', 'choices', 'expovariate',
    'gammavariate', 'gauss', 'getrandbits', 'getstate', 'lognormvariate',
    'normalvariate', 'paretovariate', 'randbytes', 'randint', 'random', 'randrange',
    'sample', 'seed', 'setstate', 'shuffle', 'triangular', 'uniform',
    'vonmisesvariate', 'weibullvariate',
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
_ONE = 1
_MASK64 = (1 << 64) - 1


# --- SHA-512, for seeding from str/bytes (FIPS 180-4) ------------------------------------------

def _primes(count):
    found = []
    candidate = 2
    while len(found) < count:
        if all(candidate % p for p in found if p * p <= candidate):
            found.append(candidate)
        candidate += 1
    return found


def _iroot(n, degree):
    """floor(n ** (1/degree)) for a non-negative int, by Newton's method."""
    if n < 2:
        return n
    x = 1 << -(-n.bit_length() // degree)
    while True:
        y = ((degree - 1) * x + n // x ** (degree - 1)) // degree
        if y >= x:
            return x
        x = y


_sha_tables = None


def _sha_constants():
    # Round constants: the first 64 fraction bits of the cube roots of the first 80
    # primes; initial hash: those of the square roots of the first 8.
    global _sha_tables
    if _sha_tables is None:
        primes = _primes(80)
        rounds = [_iroot(p << 192, 3) & _MASK64 for p in primes]
        initial = [_iroot(p << 128, 2) & _MASK64 for p in primes[:8]]
        _sha_tables = (rounds, initial)
    return _sha_tables


def _rotr(x, n):
    return ((x >> n) | (x << (64 - n))) & _MASK64


def _sha512(data):
    """The SHA-512 digest of *data* (bytes) as 64 bytes."""
    rounds, state = _sha_constants()
    state = list(state)
    bits = len(data) * 8
    padded = bytes(data) + b'\x80' + b'\x00' * ((111 - len(data)) % 128) + bits.to_bytes(16, 'big')
    for block in range(0, len(padded), 128):
        w = [int.from_bytes(padded[block + 8 * i:block + 8 * i + 8], 'big') for i in range(16)]
        for t in range(16, 80):
            x, y = w[t - 15], w[t - 2]
            s0 = _rotr(x, 1) ^ _rotr(x, 8) ^ (x >> 7)
            s1 = _rotr(y, 19) ^ _rotr(y, 61) ^ (y >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _MASK64)
        a, b, c, d, e, f, g, h = state
        for t in range(80):
            big1 = _rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)
            choose = (e & f) ^ (~e & g)
            t1 = (h + big1 + choose + rounds[t] + w[t]) & _MASK64
            big0 = _rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)
            majority = (a & b) ^ (a & c) ^ (b & c)
            h, g, f, e = g, f, e, (d + t1) & _MASK64
            d, c, b, a = c, b, a, (t1 + big0 + majority) & _MASK64
        state = [(old + new) & _MASK64 for old, new in zip(state, (a, b, c, d, e, f, g, h))]
    return b''.join(word.to_bytes(8, 'big') for word in state)


def _deprecated_non_integer(message):
    import warnings
    # Attribute it to randrange()'s caller: past this helper and _as_index.
    warnings.warn(message, DeprecationWarning, 4)


def _as_index(value, position):
    """randrange()'s argument conversion: integers pass, integral floats pass with a
    DeprecationWarning, anything else is a ValueError (after a DeprecationWarning)."""
    try:
        return _index(value)
    except TypeError:
        pass
    as_int = int(value)
    if as_int != value:
        _deprecated_non_integer('randrange() will raise TypeError in the future')
        raise ValueError('non-integer %s for randrange()' % position)
    _deprecated_non_integer('non-integer arguments to randrange() have been deprecated '
                            'since Python 3.10 and will be removed in a subsequent version')
    return as_int


def _running_totals(values):
    """The prefix sums of *values*, each formed as previous + value (like accumulate)."""
    out = []
    for v in values:
        out.append(out[-1] + v if out else v)
    return out


class Random(_random.Random):
    """A random number generator with its own state.

    The module-level functions share one hidden instance; create Random objects for
    independent streams.  Subclasses may supply their own random(), seed(), getstate()
    and setstate(); with a getrandbits() as well, randrange() covers arbitrarily large
    ranges.
    """

    VERSION = 3

    def __init__(self, x=None):
        """Seed the new generator from *x* (see seed())."""
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Initialize the state from *a*: None (system entropy), an int, a float,
        or (all of whose bytes count, for version 2) a str, bytes or bytearray.

        version=1 reproduces the narrower str/bytes seeding of old Pythons.
        """
        if version == 1 and isinstance(a, (str, bytes)):
            text = a.decode('latin-1') if isinstance(a, bytes) else a
            acc = ord(text[0]) << 7 if text else 0
            for ch in text:
                acc = ((1000003 * acc) ^ ord(ch)) & _MASK64
            a = acc ^ len(text)
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            raw = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(raw + _sha512(raw), 'big')
        elif a is not None and not isinstance(a, (int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """The generator's state, for setstate()."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restore a state returned by getstate()."""
        version = state[0]
        if version == 3:
            _, inner, self.gauss_next = state
        elif version == 2:
            _, inner, self.gauss_next = state
            # Version 2 states could hold signed words.
            try:
                inner = tuple(word % (2 ** 32) for word in inner)
            except ValueError as problem:
                raise TypeError from problem
        else:
            raise ValueError('state with version %s passed to Random.setstate() '
                             'of version %s' % (version, self.VERSION))
        super().setstate(inner)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        """Pick the integer-drawing method that matches what the subclass overrides:
        a new getrandbits() is used directly, a new random() alone through floats."""
        super().__init_subclass__(**kwargs)
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                return
            if 'getrandbits' in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if 'random' in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    # --- integers -----------------------------------------------------------------------------

    def _randbelow_with_getrandbits(self, n):
        """A uniform int in [0, n): draw n.bit_length() bits until below n."""
        draw = self.getrandbits
        width = n.bit_length()
        value = draw(width)
        while value >= n:
            value = draw(width)
        return value

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """A uniform int in [0, n) from random() alone (for generators without
        getrandbits); only exact for n < maxsize."""
        draw = self.random
        if n >= maxsize:
            import warnings
            warnings.warn('Underlying random() generator does not supply \n'
                          'enough bits to choose from a population range this large.\n'
                          'To remove the range limitation, add a getrandbits() method.')
            return _floor(draw() * n)
        cutoff = (maxsize - maxsize % n) / maxsize
        value = draw()
        while value >= cutoff:
            value = draw()
        return _floor(value * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """*n* random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """A random item of range(start, stop, step), without building the range."""
        low = _as_index(start, 'arg 1')
        if stop is None:
            if not (step is _ONE or (type(step) is int and step == 1)):
                raise TypeError('Missing a non-None stop argument')
            if low > 0:
                return self._randbelow(low)
            raise ValueError('empty range for randrange()')
        high = _as_index(stop, 'stop')
        width = high - low
        stride = _as_index(step, 'step')
        if stride == 1:
            if width > 0:
                return low + self._randbelow(width)
            raise ValueError('empty range for randrange() (%d, %d, %d)' % (low, high, width))
        if stride > 0:
            count = (width + stride - 1) // stride
        elif stride < 0:
            count = (width + stride + 1) // stride
        else:
            raise ValueError('zero step for randrange()')
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return low + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # --- sequences ----------------------------------------------------------------------------

    def choice(self, seq):
        """A random element of the non-empty sequence *seq*."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the mutable sequence *x* in place (Fisher-Yates, from the end)."""
        below = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """*k* distinct elements of the sequence *population*, in selection order.

        *counts* gives how many times each element is repeated in the population.
        """
        if not isinstance(population, _Sequence):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        size = len(population)
        if counts is not None:
            bounds = _running_totals(counts)
            if len(bounds) != size:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            from bisect import bisect
            return [population[bisect(bounds, s)] for s in self.sample(range(total), k=k)]
        below = self._randbelow
        if not 0 <= k <= size:
            raise ValueError('Sample larger than population or is negative')
        picked = [None] * k
        # CPython's cost model: a pool list of n items against a set of k indices.
        set_cost = 21
        if k > 5:
            set_cost += 4 ** _ceil(_log(k * 3, 4))
        if size <= set_cost:
            pool = list(population)
            for i in range(k):
                j = below(size - i)
                picked[i] = pool[j]
                pool[j] = pool[size - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = below(size)
                while j in taken:
                    j = below(size)
                taken.add(j)
                picked[i] = population[j]
        return picked

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """*k* elements of *population* chosen with replacement, optionally weighted by
        relative *weights* or cumulative *cum_weights*."""
        draw = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_floor(draw() * scale)] for _ in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f'The number of choices must be a keyword argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        from bisect import bisect
        last = size - 1
        return [population[bisect(cum_weights, draw() * total, 0, last)]
                for _ in range(k)]

    # --- real-valued distributions ------------------------------------------------------------

    def uniform(self, a, b):
        """A random float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at *mode* (default: midpoint)."""
        u = self.random()
        try:
            split = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > split:
            u = 1.0 - u
            split = 1.0 - split
            low, high = high, low
        return low + (high - low) * _sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        draw = self.random
        while True:
            a = draw()
            b = 1.0 - draw()
            ratio = NV_MAGICCONST * (a - 0.5) / b
            if ratio * ratio / 4.0 <= -_log(b):
                return mu + ratio * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by the Box-Muller transform; each pair of draws yields two
        values, the second kept for the next call.  Not thread-safe."""
        draw = self.random
        value = self.gauss_next
        self.gauss_next = None
        if value is None:
            angle = draw() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - draw()))
            value = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + value * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal distribution: exp() of normalvariate(mu, sigma)."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate *lambd* (1/mean)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises (circular normal) distribution: mean angle *mu*, concentration
        *kappa*; uniform on [0, 2*pi) when kappa is ~0 (Best and Fisher's method)."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * draw())
            d = z / (rho + z)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        inv = 1.0 / rho
        f = (inv + z) / (1.0 + inv * z)
        if draw() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape *alpha* and scale *beta* (both > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        draw = self.random
        if alpha > 1.0:
            # R. C. H. Cheng's rejection method.
            ainv = _sqrt(2.0 * alpha - 1.0)
            shift = alpha - LOG4
            slope = alpha + ainv
            while True:
                u1 = draw()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - draw()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = shift + slope * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - draw()) * beta
        # 0 < alpha < 1: algorithm GS (Kennedy and Gentle, Statistical Computing).
        while True:
            b = (_e + alpha) / _e
            p = b * draw()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u = draw()
            if p > 1.0:
                if u <= x ** (alpha - 1.0):
                    return x * beta
            elif u <= _exp(-x):
                return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] (alpha, beta > 0), from two gamma draws."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution with shape *alpha*."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale *alpha* and shape *beta*."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from the operating system (os.urandom); not reproducible, so
    seed() does nothing and there is no state to get or set."""

    def random(self):
        """A float in [0.0, 1.0) with 53 random bits."""
        return (int.from_bytes(_posix.urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """An int with *k* random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_posix.urandom(nbytes), 'big') >> (nbytes * 8 - k)

    def randbytes(self, n):
        """*n* random bytes from the system source."""
        return _posix.urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the system source cannot be seeded."""
        return None

    def _notimplemented(self, *args, **kwds):
        """No state to save or restore."""
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# The shared generator behind the module-level functions.
_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes

if hasattr(_posix, 'register_at_fork'):
    # A forked child must not replay its parent's sequence.
    _posix.register_at_fork(after_in_child=_inst.seed)
