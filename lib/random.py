"""Random variable generators.

    bytes
    -----
           uniform bytes (values between 0 and 255)

    integers
    --------
           uniform within range

    sequences
    ---------
           pick random element
           pick random sample
           pick weighted random sample
           generate random permutation

    distributions on the real line:
    ------------------------------
           uniform
           triangular
           normal (Gaussian)
           lognormal
           negative exponential
           gamma
           beta
           pareto
           Weibull

    distributions on the circle (angles 0 to 2pi)
    ---------------------------------------------
           circular uniform
           von Mises

    discrete distributions
    ----------------------
           binomial


General notes on the underlying Mersenne Twister core generator:

* The period is 2**19937-1.
* It is one of the most extensively tested generators in existence.
* The random() method is implemented in C, executes in a single Python step,
  and is, therefore, threadsafe.

"""

# The generator itself is _random.Random (C).  This module's C part has
# already put in this namespace: the integer methods of Random (_c_randint,
# ...), which draw from the generator directly, and _digest_seed, the seed
# of a str or bytes.

import _random
import os as _os
from _collections_abc import Sequence as _Sequence
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate, repeat as _repeat
from operator import index as _index
from os import urandom as _urandom
from warnings import warn as _warn

from math import (acos as _acos, ceil as _ceil, cos as _cos, exp as _exp, fabs as _fabs,
                  floor as _floor, isfinite as _isfinite, lgamma as _lgamma, log as _log,
                  log2 as _log2, sin as _sin, sqrt as _sqrt)

__all__ = [
    "Random", "SystemRandom", "betavariate", "binomialvariate", "choice", "choices",
    "expovariate", "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
    "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange",
    "sample", "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate",
    "weibullvariate",
]

_pi = 3.141592653589793
_e = 2.718281828459045
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53                # bits in a float
RECIP_BPF = 2 ** -BPF
_ONE = 1

_SEED_TYPES_MESSAGE = ('The only supported seed types are:\n'
                       'None, int, float, str, bytes, and bytearray.')
_SHORT_RANDOM_WARNING = ('Underlying random() generator does not supply \n'
                         'enough bits to choose from a population range this large.\n'
                         'To remove the range limitation, add a getrandbits() method.')


def _fold_text_seed(text):
    """The int that version 1 of seed() makes of a str or bytes."""
    codes = [ord(ch) for ch in text] if isinstance(text, str) else list(text)
    folded = codes[0] << 7 if codes else 0
    for code in codes:
        folded = ((1000003 * folded) ^ code) & 0xFFFFFFFFFFFFFFFF
    return folded ^ len(codes)


def _pool_limit(k):
    """The largest population sample() draws k items from by shrinking a
    copy of it; larger ones are drawn from with a set of the taken places.
    The limit is 21, plus 4**ceil(log4(3k)) once k passes 5."""
    if k <= 5:
        return 21
    power = 1
    while power <= 3 * k:       # 3k is never a power of 4
        power *= 4
    return 21 + power


class Random(_random.Random):
    """Random number generator base class used by bound module functions.

    Used to instantiate instances of Random to get generators that don't
    share state.

    Class Random can also be subclassed if you want to use a different basic
    generator of your own devising: in that case, override the following
    methods:  random(), seed(), getstate(), and setstate().
    Optionally, implement a getrandbits() method so that randrange()
    can cover arbitrarily large ranges.

    """

    def __init_subclass__(cls, /, **kwargs):
        """Control how subclasses generate random integers.

        The algorithm a subclass can use depends on the random() and/or
        getrandbits() implementation available to it and determines
        whether it can generate random integers from arbitrarily large
        ranges.
        """
        # The nearest class (the new one first) that defines one of the
        # three decides: its own _randbelow stays; a getrandbits() is
        # used by rejection; a random() alone is scaled.
        for klass in cls.__mro__:
            own = vars(klass)
            if '_randbelow' in own:
                return
            if 'getrandbits' in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if 'random' in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    # ---- state ----------------------------------------------------------------

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed.

        The only supported seed types are None, int, float,
        str, bytes, and bytearray.

        None or no argument seeds from current time or from an operating
        system specific randomness source if available.

        If *a* is an int, all bits are used.

        For version 2 (the default), all of the bits are used if *a* is a str,
        bytes, or bytearray.  For version 1 (provided for reproducing random
        sequences from older versions of Python), the algorithm for str and
        bytes generates a narrower range of seeds.

        """
        text_seed = isinstance(a, (str, bytes, bytearray))
        if text_seed and version == 2:
            a = _digest_seed(a.encode() if isinstance(a, str) else a)
        elif text_seed and version == 1 and not isinstance(a, bytearray):
            a = _fold_text_seed(a)
        elif a is not None and not text_seed and not isinstance(a, (int, float)):
            raise TypeError(_SEED_TYPES_MESSAGE)
        super().seed(a)
        self.gauss_next = None

    def __init__(self, x=None):
        """Initialize an instance.

        Optional argument x controls seeding, as for Random.seed().
        """
        self.seed(x)
        self.gauss_next = None

    VERSION = 3         # the first item of getstate()

    def setstate(self, state):
        """Restore internal state from object returned by getstate()."""
        if state[0] not in (2, 3):
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (state[0], self.VERSION))
        version, words, self.gauss_next = state
        if version == 2:
            # states saved by Python 2 may hold words of either sign
            try:
                words = tuple(word % 0x100000000 for word in words)
            except ValueError as exc:
                raise TypeError from exc
        super().setstate(words)

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return self.VERSION, super().getstate(), self.gauss_next

    # Copies and pickles carry the state.
    def __reduce__(self):
        return type(self), (), self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __getstate__(self):
        return self.getstate()

    # ---- integers -----------------------------------------------------------

    _randbelow_with_getrandbits = _c_randbelow_with_getrandbits

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Return a random int in the range [0,n).  Defined for n > 0.

        The implementation does not use getrandbits, but only random.
        """
        draw = self.random
        if n >= maxsize:
            _warn(_SHORT_RANDOM_WARNING)
            return _floor(draw() * n)
        # accept only draws below the largest multiple of n that fits
        cutoff = (maxsize - maxsize % n) / maxsize
        x = draw()
        while x >= cutoff:
            x = draw()
        return _floor(x * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    randrange = _c_randrange
    randint = _c_randint

    # ---- sequences ----------------------------------------------------------

    choice = _c_choice
    shuffle = _c_shuffle

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence.

        Returns a new list containing elements from the population while
        leaving the original population unchanged.  The resulting list is
        in selection order so that all sub-slices will also be valid random
        samples.  This allows raffle winners (the sample) to be partitioned
        into grand prize and second place winners (the subslices).

        Members of the population need not be hashable or unique.  If the
        population contains repeats, then each occurrence is a possible
        selection in the sample.

        Repeated elements can be specified one at a time or with the optional
        counts parameter.  For example:

            sample(['red', 'blue'], counts=[4, 2], k=5)

        is equivalent to:

            sample(['red', 'red', 'red', 'red', 'blue', 'blue'], k=5)

        To choose a sample from a range of integers, use range() for the
        population argument.  This is especially fast and space efficient
        for sampling from a large population:

            sample(range(10000000), 60)

        """
        if not isinstance(population, _Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            return self._sample_counted(population, size, counts, k)
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        below = self._randbelow
        picked = [None] * k
        if size <= _pool_limit(k):
            # draw from a shrinking pool: the last live item fills each gap
            pool = list(population)
            for i in range(k):
                live = size - i
                j = below(live)
                picked[i] = pool[j]
                pool[j] = pool[live - 1]
            return picked
        taken = set()
        for i in range(k):
            j = below(size)
            while j in taken:
                j = below(size)
            taken.add(j)
            picked[i] = population[j]
        return picked

    def _sample_counted(self, population, size, counts, k):
        # Each item stands for counts[i] copies: sample the copies' places,
        # then find the item owning each place.
        bounds = list(_accumulate(counts))
        if len(bounds) != size:
            raise ValueError('The number of counts does not match the population')
        total = bounds.pop() if bounds else 0
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total < 0:
            raise ValueError('Counts must be non-negative')
        places = self.sample(range(total), k=k)
        return [population[_bisect(bounds, place)] for place in places]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement.

        If the relative weights or cumulative weights are not specified,
        the selections are made with equal probability.

        """
        draw = self.random
        size = len(population)
        if cum_weights is None and weights is None:
            scale = size + 0.0
            return [population[_floor(draw() * scale)] for _ in _repeat(None, k)]
        if cum_weights is None:
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if isinstance(weights, int):
                    raise TypeError('The number of choices must be a keyword '
                                    f'argument: k={weights}') from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if size != len(cum_weights):
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        elif not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = size - 1
        return [population[_bisect(cum_weights, draw() * total, 0, last)]
                for _ in _repeat(None, k)]

    # ---- real-valued distributions --------------------------------------------

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b] depending on rounding.

        The mean (expected value) and variance of the random variable are:

            E[X] = (a + b) / 2
            Var[X] = (b - a) ** 2 / 12

        """
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution.

        Continuous distribution bounded by given lower and upper limits,
        and having a given mode value in-between.

        http://en.wikipedia.org/wiki/Triangular_distribution

        The mean (expected value) and variance of the random variable are:

            E[X] = (low + high + mode) / 3
            Var[X] = (low**2 + high**2 + mode**2 - low*high - low*mode - high*mode) / 18

        """
        u = self.random()
        if mode is None:
            split = 0.5
        else:
            try:
                split = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u <= split:
            return low + (high - low) * _sqrt(u * split)
        # the upper side, mirrored
        return high + (low - high) * _sqrt((1.0 - u) * (1.0 - split))

    def expovariate(self, lambd=1.0):
        """Exponential distribution.

        lambd is 1.0 divided by the desired mean.  It should be
        nonzero.  (The parameter would be called "lambda", but that is
        a reserved word in Python.)  Returned values range from 0 to
        positive infinity if lambd is positive, and from negative
        infinity to 0 if lambd is negative.

        The mean (expected value) and variance of the random variable are:

            E[X] = 1 / lambd
            Var[X] = 1 / lambd ** 2

        """
        return -_log(1.0 - self.random()) / lambd

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution.

        mu is the mean, and sigma is the standard deviation.

        """
        # Kinderman and Monahan's ratio of uniforms
        draw = self.random
        while True:
            u = draw()
            v = 1.0 - draw()
            z = NV_MAGICCONST * (u - 0.5) / v
            if z * z / 4.0 <= -_log(v):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution.

        mu is the mean, and sigma is the standard deviation.  This is
        slightly faster than the normalvariate() function.

        Not thread-safe without a lock around calls.

        """
        # Box-Muller gives two values; the second waits in gauss_next.
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution.

        mu is the mean angle, expressed in radians between 0 and 2*pi, and
        kappa is the concentration parameter, which must be greater than or
        equal to zero.  If kappa is equal to zero, this distribution reduces
        to a uniform random angle over the range 0 to 2*pi.

        """
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        # Best and Fisher's rejection method
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * draw())
            d = z / (rho + z)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / rho
        offset = _acos((q + z) / (1.0 + q * z))
        if draw() > 0.5:
            return (mu + offset) % TWOPI
        return (mu - offset) % TWOPI

    def lognormvariate(self, mu, sigma):
        """Log normal distribution.

        If you take the natural logarithm of this distribution, you'll get a
        normal distribution with mean mu and standard deviation sigma.
        mu can have any value, and sigma must be greater than zero.

        """
        return _exp(self.normalvariate(mu, sigma))

    def gammavariate(self, alpha, beta):
        """Gamma distribution.  Not the gamma function!

        Conditions on the parameters are alpha > 0 and beta > 0.

        The probability distribution function is:

                    x ** (alpha - 1) * math.exp(-x / beta)
          pdf(x) =  --------------------------------------
                      math.gamma(alpha) * beta ** alpha

        The mean (expected value) and variance of the random variable are:

            E[X] = alpha * beta
            Var[X] = alpha * beta ** 2

        """
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return self._gamma_cheng(alpha) * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        return self._gamma_small(alpha) * beta

    def _gamma_cheng(self, alpha):
        # R.C.H. Cheng's rejection method, for alpha > 1
        draw = self.random
        spread = _sqrt(2.0 * alpha - 1.0)
        shift = alpha - LOG4
        slope = alpha + spread
        while True:
            u1 = draw()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - draw()
            v = _log(u1 / (1.0 - u1)) / spread
            x = alpha * _exp(v)
            z = u1 * u1 * u2
            r = shift + slope * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                return x

    def _gamma_small(self, alpha):
        # Ahrens and Dieter's method GS, for 0 < alpha < 1
        draw = self.random
        while True:
            b = (_e + alpha) / _e
            p = b * draw()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if draw() <= _exp(-x):
                    return x
            else:
                x = -_log((b - p) / alpha)
                if draw() <= x ** (alpha - 1.0):
                    return x

    def betavariate(self, alpha, beta):
        """Beta distribution.

        Conditions on the parameters are alpha > 0 and beta > 0.
        Returned values range between 0 and 1.

        The mean (expected value) and variance of the random variable are:

            E[X] = alpha / (alpha + beta)
            Var[X] = alpha * beta / ((alpha + beta)**2 * (alpha + beta + 1))

        """
        y = self.gammavariate(alpha, 1.0)
        if not y:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution.  alpha is the shape parameter."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution.

        alpha is the scale parameter and beta is the shape parameter.

        """
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)

    # ---- discrete distributions -------------------------------------------------

    def binomialvariate(self, n=1, p=0.5):
        """Binomial random variable.

        Gives the number of successes for *n* independent trials
        with the probability of success in each trial being *p*:

            sum(random() < p for i in range(n))

        Returns an integer in the range:

            0 <= X <= n

        The integer is chosen with the probability:

            P(X == k) = math.comb(n, k) * p ** k * (1 - p) ** (n - k)

        The mean (expected value) and variance of the random variable are:

            E[X] = n * p
            Var[X] = n * p * (1 - p)

        """
        if n < 0:
            raise ValueError("n must be non-negative")
        if p <= 0.0 or p >= 1.0:
            # certain failure or success; any other p out of range is refused
            if p in (0.0, 1.0):
                return 0 if p == 0.0 else n
            raise ValueError("p must be in the range 0.0 <= p <= 1.0")
        if n == 1:
            return _index(self.random() < p)
        if p > 0.5:
            return n - self.binomialvariate(n, 1.0 - p)
        if n * p < 10.0:
            return self._binomial_by_gaps(n, p)
        return self._binomial_btrs(n, p)

    def _binomial_by_gaps(self, n, p):
        # The gaps between successes are geometric: count the successes
        # until the trials run out.
        draw = self.random
        scale = _log2(1.0 - p)
        successes = trials = 0
        if not scale:
            return successes
        while True:
            trials += _floor(_log2(draw()) / scale) + 1
            if trials > n:
                return successes
            successes += 1

    def _binomial_btrs(self, n, p):
        # Hormann's transformed rejection with squeeze (BTRS)
        assert n * p >= 10.0 and p <= 0.5
        draw = self.random
        spq = _sqrt(n * p * (1.0 - p))
        b = 1.15 + 2.53 * spq
        a = -0.0873 + 0.0248 * b + 0.01 * p
        c = n * p + 0.5
        vr = 0.92 - 4.2 / b
        bound = None        # the rest is computed at the first full test
        while True:
            u = draw() - 0.5
            us = 0.5 - _fabs(u)
            k = _floor((2.0 * a / us + b) * u + c)
            if k < 0 or k > n:
                continue
            v = draw()
            if us >= 0.07 and v <= vr:
                return k
            if bound is None:
                alpha = (2.83 + 5.1 / b) * spq
                lpq = _log(p / (1.0 - p))
                m = _floor((n + 1) * p)
                bound = _lgamma(m + 1) + _lgamma(n - m + 1)
            v *= alpha / (a / (us * us) + b)
            if _log(v) <= bound - _lgamma(k + 1) - _lgamma(n - k + 1) + (k - m) * lpq:
                return k


class SystemRandom(Random):
    """Alternate random number generator using sources provided
    by the operating system (such as /dev/urandom on Unix or
    CryptGenRandom on Windows).

     Not available on all systems (see os.urandom() for details).

    """

    # There is no state: seeding does nothing, saving it is refused.
    def seed(self, *args, **kwds):
        """Stub method.  Not used for a system random number generator."""
        return None

    def _notimplemented(self, *args, **kwds):
        """Method should not be called for a system random number generator."""
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented

    def randbytes(self, n):
        """Generate n random bytes."""
        return _urandom(n)

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes)) >> (nbytes * 8 - k)

    def random(self):
        """Get the next random number in the range 0.0 <= X < 1.0."""
        # 56 bits of entropy, less the 3 a double cannot hold
        return int.from_bytes(_urandom(7), 'big') // 8 * RECIP_BPF


# The module-level functions are the bound methods of one hidden generator.
_inst = Random()
for _name in __all__:
    if _name[0].islower():
        globals()[_name] = getattr(_inst, _name)
del _name

if hasattr(_os, "fork"):
    _os.register_at_fork(after_in_child=_inst.seed)

del _c_randbelow_with_getrandbits, _c_randrange, _c_randint, _c_choice, _c_shuffle
