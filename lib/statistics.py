"""Basic statistics for numeric data: averages, spread, relations between
two variables, the normal distribution and kernel density estimates.

Averages and measures of spread work on ints, floats, fractions.Fraction and
decimal.Decimal, and compute exactly (with rationals) before converting the
result back to the type of the data. The faster functions (fmean, the two
variable measures, NormalDist) work in floats.
"""

__all__ = [
    'NormalDist',
    'StatisticsError',
    'correlation',
    'covariance',
    'fmean',
    'geometric_mean',
    'harmonic_mean',
    'kde',
    'kde_random',
    'linear_regression',
    'mean',
    'median',
    'median_grouped',
    'median_high',
    'median_low',
    'mode',
    'multimode',
    'pstdev',
    'pvariance',
    'quantiles',
    'stdev',
    'variance',
]

from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction
from itertools import repeat
import math
import numbers
import random
import sys

try:
    from decimal import Decimal
except ImportError:
    # Until there is a decimal module nothing can be an instance of this
    # stand-in, so every "is it a Decimal" test below simply answers no.
    class Decimal:
        pass


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------------------
# Exact arithmetic on the data
#
# A datum becomes a pair (numerator, denominator). Pairs are accumulated in
# a dict keyed by denominator (data usually share a handful of them), and only
# the per-denominator totals are turned into Fractions at the end. An infinity
# or a NaN cannot be a ratio: it is kept under the key None and wins.

def _as_ratio(x):
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)            # inf or nan
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' "
                        f"to numerator/denominator")


def _result_type(current, new):
    """The type a result takes when data of both types are mixed."""
    if current is new or new is int or new is bool:
        return current
    if current is int:
        return new
    if issubclass(new, current):
        return new
    if issubclass(current, new):
        return current
    if issubclass(current, int):
        return new
    if issubclass(new, int):
        return current
    # A Fraction mixed with a float gives a float, whichever came first.
    if issubclass(current, Fraction) and issubclass(new, float):
        return new
    if issubclass(current, float) and issubclass(new, Fraction):
        return current
    raise TypeError(f"don't know how to coerce "
                    f"{current.__name__} and {new.__name__}")


class _Tally:
    """Running exact totals of a stream of numbers (and of their squares
    when asked), with the type the result should be given."""

    def __init__(self, squares=False):
        self.kind = int
        self.count = 0
        self.by_denominator = {}
        self.squares = {} if squares else None
        self._seen_type = None

    def add_all(self, values):
        by_den = self.by_denominator
        squares = self.squares
        for value in values:
            cls = type(value)
            if cls is not self._seen_type:
                self.kind = _result_type(self.kind, cls)
                self._seen_type = cls
            num, den = _as_ratio(value)
            self.count += 1
            by_den[den] = by_den.get(den, 0) + num
            if squares is not None:
                squares[den] = squares.get(den, 0) + num * num
        return self

    def special(self):
        """The infinity or NaN met in the data, or None."""
        return self.by_denominator.get(None)

    def total(self):
        bad = self.special()
        if bad is not None:
            return bad
        return _sum_ratios(self.by_denominator.items(), 1)

    def total_of_squares(self):
        return _sum_ratios(self.squares.items(), 2)


def _sum_ratios(pairs, power):
    """sum(n / d**power) over (d, n) pairs, as one Fraction.

    Floats and ints have power-of-two denominators: those are brought to
    the largest one by shifts, so that a thousand floats cost one Fraction
    rather than a thousand additions with a gcd each."""
    pairs = list(pairs)
    if all(d & (d - 1) == 0 for d, _ in pairs):
        top = max((d.bit_length() - 1 for d, _ in pairs), default=0) * power
        scaled = sum(n << (top - (d.bit_length() - 1) * power) for d, n in pairs)
        return Fraction(scaled, 1 << top)
    return sum((Fraction(n, d ** power) for d, n in pairs), Fraction(0))


def _exact_sum(data):
    tally = _Tally().add_all(data)
    return tally.kind, tally.total(), tally.count


def _to_type(value, kind):
    """Convert an exact result (a Fraction, or an inf/nan float) to the type
    of the data."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    try:
        return kind(value)
    except TypeError:
        if issubclass(kind, Decimal):
            return kind(value.numerator) / kind(value.denominator)
        raise


def _deviations(data, center=None):
    """(type, sum of squared deviations, center, count) of the data, exact.

    Without a center the mean is used, found in the same pass through
    sum(x) and sum(x*x) kept per denominator."""
    if center is not None:
        tally = _Tally().add_all((x - center) * (x - center) for x in data)
        return tally.kind, tally.total(), center, tally.count
    tally = _Tally(squares=True).add_all(data)
    count = tally.count
    if not count:
        zero = Fraction(0)
        return tally.kind, zero, zero, 0
    bad = tally.special()
    if bad is not None:
        return tally.kind, bad, bad, count
    sx = tally.total()
    ss = (count * tally.total_of_squares() - sx * sx) / count
    return tally.kind, ss, sx / count, count


def _materialize(data):
    return list(data) if iter(data) is data else data


# ---------------------------------------------------------------------------
# Square roots of exact ratios, correctly rounded

_FLOAT_SQRT_BITS = 2 * sys.float_info.mant_dig + 3


def _isqrt_ratio_sticky(n, m):
    """floor(sqrt(n/m)) with its last bit set when the root is inexact, so
    that a later rounding to fewer bits cannot land on a tie wrongly."""
    root = math.isqrt(n // m)
    if root * root * m != n:
        root |= 1
    return root


def _sqrt_ratio_to_float(n, m):
    """The float nearest to sqrt(n/m), for n >= 0 and m > 0."""
    # Scale by a power of four so the integer root has enough bits (the
    # float's precision and a few guard bits), then divide back exactly.
    shift = (n.bit_length() - m.bit_length() - _FLOAT_SQRT_BITS) // 2
    if shift >= 0:
        return float(_isqrt_ratio_sticky(n, m << (2 * shift)) << shift)
    return _isqrt_ratio_sticky(n << (-2 * shift), m) / (1 << -shift)


def _sqrt_ratio_to_decimal(n, m):
    """The Decimal nearest to sqrt(n/m) in the current context."""
    if n <= 0:
        if n == 0:
            return Decimal('0.0')
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    rn, rd = root.as_integer_ratio()

    def beyond_midpoint(other, above):
        # Compare n/m with the square of the midpoint of root and other,
        # all in integers: ((rn/rd + on/od) / 2) ** 2.
        on, od = other.as_integer_ratio()
        lhs = 4 * n * (rd * od) ** 2
        rhs = m * (rd * on + od * rn) ** 2
        return lhs > rhs if above else lhs < rhs

    up = root.next_plus()
    if beyond_midpoint(up, True):
        return up
    down = root.next_minus()
    if beyond_midpoint(down, False):
        return down
    return root


def _root_of_mean_square(kind, ms):
    try:
        num, den = ms.numerator, ms.denominator
    except AttributeError:
        raise ValueError('inf or nan encountered in data')
    if issubclass(kind, Decimal):
        return _sqrt_ratio_to_decimal(num, den)
    return _sqrt_ratio_to_float(num, den)


def _sqrt_of_product(a, b):
    """sqrt(a * b) for floats, refined by one correction step and kept from
    overflowing or underflowing."""
    scale = 1.0
    while True:
        root = math.sqrt(a * b)
        if math.isinf(root) and not math.isinf(a) and not math.isinf(b):
            a *= 2.0 ** -512        # the product of finite inputs overflowed
            b *= 2.0 ** -512
            scale *= 2.0 ** -512
            continue
        if root == 0.0 and a and b:
            a *= 2.0 ** 537         # the product of non-zero inputs underflowed
            b *= 2.0 ** 537
            scale *= 2.0 ** 537
            continue
        break
    if math.isfinite(root) and root:
        # root**2 misses a*b by the residual; sqrt(r**2 + e) ~ r + e/(2r).
        residual = math.sumprod((a, root), (b, -root))
        root = root + residual / (2.0 * root)
    return root / scale


# ---------------------------------------------------------------------------
# Averages

def mean(data):
    """Return the sample arithmetic mean of data.

    >>> mean([1, 2, 3, 4, 4])
    2.8

    >>> from fractions import Fraction as F
    >>> mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)])
    Fraction(13, 21)

    >>> from decimal import Decimal as D
    >>> mean([D("0.5"), D("0.75"), D("0.625"), D("0.375")])
    Decimal('0.5625')

    If ``data`` is empty, StatisticsError will be raised.

    """
    kind, total, count = _exact_sum(data)
    if count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _to_type(total / count, kind)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean.

    This runs faster than the mean() function and it always returns a float.
    If the input dataset is empty, it raises a StatisticsError.

    >>> fmean([3.5, 4.0, 5.25])
    4.25

    """
    if weights is not None:
        if not isinstance(weights, (list, tuple)):
            weights = list(weights)
        try:
            weighted = math.sumprod(data, weights)
        except ValueError:
            raise StatisticsError('data and weights must be the same length')
        weight = math.fsum(weights)
        if not weight:
            raise StatisticsError('sum of weights must be non-zero')
        return weighted / weight
    try:
        count = len(data)
    except TypeError:
        seen = [0]

        def counted(items):
            for item in items:
                seen[0] += 1
                yield item
        total = math.fsum(counted(data))
        count = seen[0]
    else:
        total = math.fsum(data)
    if not count:
        raise StatisticsError('fmean requires at least one data point')
    return total / count


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean.

    Raises a StatisticsError if the input dataset is empty
    or if it contains a negative value.

    Returns zero if the product of inputs is zero.

    No special efforts are made to achieve exact results.
    (However, this may change in the future.)

    >>> round(geometric_mean([54, 24, 36]), 9)
    36.0

    """
    state = {'count': 0, 'zero': False}

    def logs(items):
        for x in items:
            state['count'] += 1
            if x > 0.0 or math.isnan(x):
                yield math.log(x)
            elif x == 0.0:
                state['zero'] = True
            else:
                raise StatisticsError('No negative inputs allowed', x)

    total = math.fsum(logs(data))
    if not state['count']:
        raise StatisticsError('Must have a non-empty dataset')
    if math.isnan(total):
        return math.nan
    if state['zero']:
        return math.nan if total == math.inf else 0.0
    return math.exp(total / state['count'])


_NEGATIVE_HARMONIC = 'harmonic mean does not support negative values'


def _refuse_negative(values):
    for value in values:
        if value < 0:
            raise StatisticsError(_NEGATIVE_HARMONIC)
        yield value


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data.

    The harmonic mean is the reciprocal of the arithmetic mean of the
    reciprocals of the data.  It can be used for averaging ratios or
    rates, for example speeds.

    Suppose a car travels 40 km/hr for 5 km and then speeds-up to
    60 km/hr for another 5 km. What is the average speed?

        >>> harmonic_mean([40, 60])
        48.0

    Suppose a car travels 40 km/hr for 5 km, and when traffic clears,
    speeds-up to 60 km/hr for the remaining 30 km of the journey. What
    is the average speed?

        >>> harmonic_mean([40, 60], weights=[5, 30])
        56.0

    If ``data`` is empty, or any element is less than zero,
    ``harmonic_mean`` will raise ``StatisticsError``.

    """
    data = _materialize(data)
    count = len(data)
    if count < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if count == 1 and weights is None:
        only = data[0]
        if not isinstance(only, (numbers.Real, Decimal)):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(_NEGATIVE_HARMONIC)
        return only
    if weights is None:
        weights = repeat(1, count)
        weight_total = count
    else:
        weights = _materialize(weights)
        if len(weights) != count:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _exact_sum(_refuse_negative(weights))[1]
    try:
        kind, total, _ = _exact_sum(
            w / x if w else 0
            for w, x in zip(weights, _refuse_negative(data)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _to_type(weight_total / total, kind)


def median(data):
    """Return the median (middle value) of numeric data.

    When the number of data points is odd, return the middle data point.
    When the number of data points is even, the median is interpolated by
    taking the average of the two middle values:

    >>> median([1, 3, 5])
    3
    >>> median([1, 3, 5, 7])
    4.0

    """
    ordered = sorted(data)
    size = len(ordered)
    if not size:
        raise StatisticsError('no median for empty data')
    half = size // 2
    if size % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """Return the low median of numeric data.

    When the number of data points is odd, the middle value is returned.
    When it is even, the smaller of the two middle values is returned.

    >>> median_low([1, 3, 5])
    3
    >>> median_low([1, 3, 5, 7])
    3

    """
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError('no median for empty data')
    return ordered[(len(ordered) - 1) // 2]


def median_high(data):
    """Return the high median of data.

    When the number of data points is odd, the middle value is returned.
    When it is even, the larger of the two middle values is returned.

    >>> median_high([1, 3, 5])
    3
    >>> median_high([1, 3, 5, 7])
    5

    """
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError('no median for empty data')
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1.0):
    """Estimates the median for numeric data binned around the midpoints
    of consecutive, fixed-width intervals.

    The *data* can be any iterable of numeric data with each value being
    exactly the midpoint of a bin.  At least one value must be present.

    The *interval* is width of each bin.

    For example, demographic information may have been summarized into
    consecutive ten-year age groups with each group being represented
    by the 5-year midpoints of the intervals:

        >>> demographics = Counter({
        ...    25: 172,   # 20 to 30 years old
        ...    35: 484,   # 30 to 40 years old
        ...    45: 387,   # 40 to 50 years old
        ...    55:  22,   # 50 to 60 years old
        ...    65:   6,   # 60 to 70 years old
        ... })

    The 50th percentile (median) is the 536th person out of the 1071
    member cohort.  That person is in the 30 to 40 year old age group.

    The regular median() function would assume that everyone in the
    tricenarian age group was exactly 35 years old.  A more tenable
    assumption is that the 484 members of that age group are evenly
    distributed between 30 and 40.  For that, we use median_grouped().

        >>> data = list(demographics.elements())
        >>> median(data)
        35
        >>> round(median_grouped(data, interval=10), 1)
        37.5

    The caller is responsible for making sure the data points are separated
    by exact multiples of *interval*.  This is essential for getting a
    correct result.  The function does not check this precondition.

    Inputs may be any numeric type that can be coerced to a float during
    the interpolation step.

    """
    ordered = sorted(data)
    size = len(ordered)
    if not size:
        raise StatisticsError('no median for empty data')
    middle = ordered[size // 2]
    # The bin of the middle value: how many data lie below it, how many in it.
    below = bisect_left(ordered, middle)
    inside = bisect_right(ordered, middle, lo=below) - below
    try:
        width = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_edge = middle - width / 2.0
    return lower_edge + width * (size / 2 - below) / inside


def mode(data):
    """Return the most common data point from discrete or nominal data.

    ``mode`` assumes discrete data, and returns a single value. This is the
    standard treatment of the mode as commonly taught in schools:

        >>> mode([1, 1, 2, 3, 3, 3, 3, 4])
        3

    This also works with nominal (non-numeric) data:

        >>> mode(["red", "blue", "blue", "red", "green", "red", "red"])
        'red'

    If there are multiple modes with same frequency, return the first one
    encountered:

        >>> mode(['red', 'red', 'green', 'blue', 'blue'])
        'red'

    If *data* is empty, ``mode``, raises StatisticsError.

    """
    ranked = Counter(iter(data)).most_common(1)
    try:
        return ranked[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """Return a list of the most frequently occurring values.

    Will return more than one result if there are multiple modes
    or an empty list if *data* is empty.

    >>> multimode('aabbbbbbbbcc')
    ['b']
    >>> multimode('aabbbbccddddeeffffgg')
    ['b', 'd', 'f']
    >>> multimode('')
    []

    """
    tallies = Counter(iter(data))
    top = max(tallies.values(), default=None)
    return [value for value, seen in tallies.items() if seen == top]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide *data* into *n* continuous intervals with equal probability.

    Returns a list of (n - 1) cut points separating the intervals.

    Set *n* to 4 for quartiles (the default).  Set *n* to 10 for deciles.
    Set *n* to 100 for percentiles which gives the 99 cuts points that
    separate *data* in to 100 equal sized groups.

    The *data* can be any iterable containing sample.
    The cut points are linearly interpolated between data points.

    If *method* is set to *inclusive*, *data* is treated as population
    data.  The minimum value is treated as the 0th percentile and the
    maximum value is treated as the 100th percentile.

    """
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        if size == 1:
            return ordered * (n - 1)
        raise StatisticsError('must have at least one data point')
    cuts = []
    if method == 'inclusive':
        # Positions run over 0 .. size-1 in steps of (size-1)/n.
        span = size - 1
        for k in range(1, n):
            low, weight = divmod(k * span, n)
            cuts.append((ordered[low] * (n - weight)
                         + ordered[low + 1] * weight) / n)
        return cuts
    if method == 'exclusive':
        # Positions run over 1 .. size in steps of (size+1)/n, clamped to the
        # data at both ends.
        span = size + 1
        for k in range(1, n):
            low = min(max(k * span // n, 1), size - 1)
            weight = k * span - low * n
            cuts.append((ordered[low - 1] * (n - weight)
                         + ordered[low] * weight) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# ---------------------------------------------------------------------------
# Spread

def variance(data, xbar=None):
    """Return the sample variance of data.

    data should be an iterable of Real-valued numbers, with at least two
    values. The optional argument xbar, if given, should be the mean of
    the data. If it is missing or None, the mean is automatically calculated.

    Use this function when your data is a sample from a population. To
    calculate the variance from the entire population, see ``pvariance``.

    Examples:

    >>> data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
    >>> variance(data)
    1.3720238095238095

    If you have already calculated the mean of your data, you can pass it as
    the optional second argument ``xbar`` to avoid recalculating it:

    >>> m = mean(data)
    >>> variance(data, m)
    1.3720238095238095

    This function does not check that ``xbar`` is actually the mean of
    ``data``. Giving arbitrary values for ``xbar`` may lead to invalid or
    impossible results.

    Decimals and Fractions are supported:

    >>> from decimal import Decimal as D
    >>> variance([D("27.5"), D("30.25"), D("30.25"), D("34.5"), D("41.75")])
    Decimal('31.01875')

    >>> from fractions import Fraction as F
    >>> variance([F(1, 6), F(1, 2), F(5, 3)])
    Fraction(67, 108)

    """
    kind, ss, _, count = _deviations(data, xbar)
    if count < 2:
        raise StatisticsError('variance requires at least two data points')
    return _to_type(ss / (count - 1), kind)


def pvariance(data, mu=None):
    """Return the population variance of ``data``.

    data should be a sequence or iterable of Real-valued numbers, with at least one
    value. The optional argument mu, if given, should be the mean of
    the data. If it is missing or None, the mean is automatically calculated.

    Use this function to calculate the variance from the entire population.
    To estimate the variance from a sample, the ``variance`` function is
    usually a better choice.

    Examples:

    >>> data = [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]
    >>> pvariance(data)
    1.25

    If you have already calculated the mean of the data, you can pass it as
    the optional second argument to avoid recalculating it:

    >>> mu = mean(data)
    >>> pvariance(data, mu)
    1.25

    Decimals and Fractions are supported:

    >>> from decimal import Decimal as D
    >>> pvariance([D("27.5"), D("30.25"), D("30.25"), D("34.5"), D("41.75")])
    Decimal('24.815')

    >>> from fractions import Fraction as F
    >>> pvariance([F(1, 4), F(5, 4), F(1, 2)])
    Fraction(13, 72)

    """
    kind, ss, _, count = _deviations(data, mu)
    if count < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _to_type(ss / count, kind)


def stdev(data, xbar=None):
    """Return the square root of the sample variance.

    See ``variance`` for arguments and other details.

    >>> stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
    1.0810874155219827

    """
    kind, ss, _, count = _deviations(data, xbar)
    if count < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root_of_mean_square(kind, ss / (count - 1))


def pstdev(data, mu=None):
    """Return the square root of the population variance.

    See ``pvariance`` for arguments and other details.

    >>> pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
    0.986893273527251

    """
    kind, ss, _, count = _deviations(data, mu)
    if count < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root_of_mean_square(kind, ss / count)


def _mean_and_stdev(data):
    """Float mean and sample standard deviation, for NormalDist."""
    _, ss, center, count = _deviations(data)
    if count < 2:
        raise StatisticsError('stdev requires at least two data points')
    ms = ss / (count - 1)
    try:
        return float(center), _sqrt_ratio_to_float(ms.numerator, ms.denominator)
    except AttributeError:
        # An infinity or NaN in the data.
        return float(center), float(center) / float(ss)


# ---------------------------------------------------------------------------
# Two variables

def _paired_length(x, y, what):
    size = len(x)
    if len(y) != size:
        raise StatisticsError(f'{what} requires that both inputs have same '
                              f'number of data points')
    if size < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return size


def covariance(x, y, /):
    """Covariance

    Return the sample covariance of two inputs *x* and *y*. Covariance
    is a measure of the joint variability of two inputs.

    >>> x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    >>> y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
    >>> covariance(x, y)
    0.75
    >>> z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
    >>> covariance(x, z)
    -7.5
    >>> covariance(z, x)
    -7.5

    """
    size = _paired_length(x, y, 'covariance')
    x_mean = math.fsum(x) / size
    y_mean = math.fsum(y) / size
    products = math.sumprod((a - x_mean for a in x), (b - y_mean for b in y))
    return products / (size - 1)


def _centred_ranks(values):
    """Ranks of the values (ties share their average rank), shifted so that
    they sum to zero."""
    size = len(values)
    order = sorted(range(size), key=values.__getitem__)
    ranks = [0.0] * size
    first = 0
    offset = (size - 1) / -2
    while first < size:
        last = first
        value = values[order[first]]
        while last + 1 < size and values[order[last + 1]] == value:
            last += 1
        shared = offset + (first + last) / 2
        for k in range(first, last + 1):
            ranks[order[k]] = shared
        first = last + 1
    return ranks


def correlation(x, y, /, *, method='linear'):
    """Pearson's correlation coefficient

    Return the Pearson's correlation coefficient for two inputs. Pearson's
    correlation coefficient *r* takes values between -1 and +1. It measures
    the strength and direction of a linear relationship.

    >>> x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    >>> y = [9, 8, 7, 6, 5, 4, 3, 2, 1]
    >>> correlation(x, x)
    1.0
    >>> correlation(x, y)
    -1.0

    If *method* is "ranked", computes Spearman's rank correlation coefficient
    for two inputs.  The data is replaced by ranks.  Ties are averaged
    so that equal values receive the same rank.  The resulting coefficient
    measures the strength of a monotonic relationship.

    Spearman's rank correlation coefficient is appropriate for ordinal
    data or for continuous data that doesn't meet the linear proportion
    requirement for Pearson's correlation coefficient.

    """
    size = _paired_length(x, y, 'correlation')
    if method == 'ranked':
        x = _centred_ranks(list(x))
        y = _centred_ranks(list(y))
    elif method == 'linear':
        x_mean = math.fsum(x) / size
        y_mean = math.fsum(y) / size
        x = [a - x_mean for a in x]
        y = [b - y_mean for b in y]
    else:
        raise ValueError(f'Unknown method: {method!r}')
    sxy = math.sumprod(x, y)
    norm = _sqrt_of_product(math.sumprod(x, x), math.sumprod(y, y))
    try:
        return sxy / norm
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept for simple linear regression.

    Return the slope and intercept of simple linear regression
    parameters estimated using ordinary least squares. Simple linear
    regression describes relationship between an independent variable
    *x* and a dependent variable *y* in terms of a linear function:

        y = slope * x + intercept + noise

    where *slope* and *intercept* are the regression parameters that are
    estimated, and noise represents the variability of the data that was
    not explained by the linear regression (it is equal to the
    difference between predicted and actual values of the dependent
    variable).

    The parameters are returned as a named tuple.

    >>> x = [1, 2, 3, 4, 5]
    >>> noise = NormalDist().samples(5, seed=42)
    >>> y = [3 * x[i] + 2 + noise[i] for i in range(5)]
    >>> linear_regression(x, y)  #doctest: +ELLIPSIS
    LinearRegression(slope=3.17495..., intercept=1.00925...)

    If *proportional* is true, the independent variable *x* and the
    dependent variable *y* are assumed to be directly proportional.
    The data is fit to a line passing through the origin.

    Since the *intercept* will always be 0.0, the underlying linear
    function simplifies to:

        y = slope * x + noise

    >>> y = [3 * x[i] + noise[i] for i in range(5)]
    >>> linear_regression(x, y, proportional=True)  #doctest: +ELLIPSIS
    LinearRegression(slope=2.90475..., intercept=0.0)

    """
    size = _paired_length(x, y, 'linear regression')
    if proportional:
        x_dev, y_dev = x, y
    else:
        x_mean = math.fsum(x) / size
        y_mean = math.fsum(y) / size
        x_dev = [a - x_mean for a in x]
        y_dev = (b - y_mean for b in y)
    sxy = math.sumprod(x_dev, y_dev) + 0.0
    sxx = math.sumprod(x_dev, x_dev)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else y_mean - slope * x_mean
    return LinearRegression(slope=slope, intercept=intercept)


# ---------------------------------------------------------------------------
# The normal distribution

# Wichura's algorithm AS 241 (Applied Statistics 37, 1988): rational
# approximations of the inverse of the standard normal CDF in three regions.
_AS241_CENTRAL = (
    (2509.0809287301227, 33430.57558358813, 67265.7709270087,
     45921.95393154987, 13731.69376550946, 1971.5909503065513,
     133.14166789178438, 3.3871328727963665),
    (5226.495278852854, 28729.085735721943, 39307.89580009271,
     21213.794301586597, 5394.196021424751, 687.1870074920579,
     42.31333070160091, 1.0),
)
_AS241_NEAR = (
    (0.0007745450142783414, 0.022723844989269184, 0.2417807251774506,
     1.2704582524523684, 3.6478483247632045, 5.769497221460691,
     4.630337846156546, 1.4234371107496835),
    (1.0507500716444169e-09, 0.0005475938084995345, 0.015198666563616457,
     0.14810397642748008, 0.6897673349851, 1.6763848301838038,
     2.053191626637759, 1.0),
)
_AS241_TAIL = (
    (2.0103343992922881e-07, 2.7115555687434876e-05, 0.0012426609473880784,
     0.026532189526576124, 0.29656057182850487, 1.7848265399172913,
     5.463784911164114, 6.657904643501103),
    (2.0442631033899397e-15, 1.421511758316446e-07, 1.8463183175100548e-05,
     0.0007868691311456133, 0.014875361290850615, 0.1369298809227358,
     0.599832206555888, 1.0),
)


def _horner(coefficients, r):
    value = coefficients[0]
    for c in coefficients[1:]:
        value = value * r + c
    return value


def _rational(table, r):
    return _horner(table[0], r) / _horner(table[1], r)


def _standard_normal_quantile(p):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top = _horner(_AS241_CENTRAL[0], r) * q
        return top / _horner(_AS241_CENTRAL[1], r)
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        z = _rational(_AS241_NEAR, r - 1.6)
    else:
        z = _rational(_AS241_TAIL, r - 5.0)
    return -z if q < 0.0 else z


def _normal_quantile(p, mu, sigma):
    return mu + (_standard_normal_quantile(p) * sigma)


_SQRT2 = math.sqrt(2.0)


def _params(dist):
    return (dist._mu, dist._sigma)


def _require_spread(dist, what):
    if not dist._sigma:
        raise StatisticsError(f'{what}() not defined when sigma is zero')


def _float_property(field, doc):
    """A read-only view of one of NormalDist's two numbers."""
    return property(lambda self: getattr(self, field), doc=doc)


class NormalDist:
    "Normal distribution of a random variable"

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        "NormalDist where mu is the mean and sigma is the standard deviation."
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    # -- the parameters and what follows from them -------------------------

    mean = _float_property('_mu', "Arithmetic mean of the normal distribution.")
    median = _float_property('_mu', "Return the median of the normal distribution")
    mode = _float_property('_mu', """Return the mode of the normal distribution

        The mode is the value x where which the probability density
        function (pdf) takes its maximum value.
        """)
    stdev = _float_property('_sigma', "Standard deviation of the normal distribution.")

    @property
    def variance(self):
        "Square of the standard deviation."
        return self._sigma * self._sigma

    @classmethod
    def from_samples(cls, data):
        "Make a normal distribution instance from sample data."
        return cls(*_mean_and_stdev(data))

    def samples(self, n, *, seed=None):
        "Generate *n* samples for a given mean and standard deviation."
        draw = random.random if seed is None else random.Random(seed).random
        loc, scale = self._mu, self._sigma
        return [_normal_quantile(draw(), loc, scale) for _ in repeat(None, n)]

    def pdf(self, x):
        "Probability density function.  P(x <= X < x+dx) / dx"
        var = self.variance
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        offset = x - self._mu
        return math.exp(offset * offset / (-2.0 * var)) / math.sqrt(math.tau * var)

    def cdf(self, x):
        "Cumulative distribution function.  P(X <= x)"
        _require_spread(self, 'cdf')
        return 0.5 * math.erfc((self._mu - x) / (self._sigma * _SQRT2))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function.  x : P(X <= x) = p

        Finds the value of the random variable such that the probability of
        the variable being less than or equal to that value equals the given
        probability.

        This function is also called the percent point function or quantile
        function.
        """
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        return _normal_quantile(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """Divide into *n* continuous intervals with equal probability.

        Returns a list of (n - 1) cut points separating the intervals.

        Set *n* to 4 for quartiles (the default).  Set *n* to 10 for deciles.
        Set *n* to 100 for percentiles which gives the 99 cuts points that
        separate the normal distribution in to 100 equal sized groups.
        """
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """Compute the overlapping coefficient (OVL) between two normal distributions.

        Measures the agreement between two normal probability distributions.
        Returns a value between 0.0 and 1.0 giving the overlapping area in
        the two underlying probability density functions.

            >>> N1 = NormalDist(2.4, 1.6)
            >>> N2 = NormalDist(3.2, 2.0)
            >>> N1.overlap(N2)
            0.8035050657330205
        """
        # Inman and Bradley, "The overlapping coefficient as a measure of
        # agreement between probability distributions" (1989).
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        narrow, wide = self, other
        if (wide._sigma, wide._mu) < (narrow._sigma, narrow._mu):
            narrow, wide = wide, narrow
        var_n, var_w = narrow.variance, wide.variance
        if not var_n or not var_w:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = var_w - var_n
        dm = math.fabs(wide._mu - narrow._mu)
        if not dv:
            return math.erfc(dm / (2.0 * narrow._sigma * _SQRT2))
        # The two densities cross at two points; the overlap is what lies
        # under the lower curve, found from the CDFs at those points.
        a = narrow._mu * var_w - wide._mu * var_n
        b = narrow._sigma * wide._sigma * math.sqrt(
            dm * dm + dv * math.log(var_w / var_n))
        gap = 0.0
        for cross in ((a + b) / dv, (a - b) / dv):
            gap += math.fabs(wide.cdf(cross) - narrow.cdf(cross))
        return 1.0 - gap

    def zscore(self, x):
        """Compute the Standard Score.  (x - mean) / stdev

        Describes *x* in terms of the number of standard deviations
        above or below the mean of the normal distribution.
        """
        _require_spread(self, 'zscore')
        return (x - self._mu) / self._sigma

    # -- arithmetic ----------------------------------------------------------
    # A constant shifts or scales the distribution; two independent normal
    # variables add to one whose variance is the sum of theirs.

    def __add__(self, other):
        """Add a constant or another NormalDist instance.

        If *other* is a constant, translate mu by the constant,
        leaving sigma unchanged.

        If *other* is a NormalDist, add both the means and the variances.
        Mathematically, this works only if the two distributions are
        independent or if they are jointly normally distributed.
        """
        if not isinstance(other, NormalDist):
            return NormalDist(self._mu + other, self._sigma)
        return NormalDist(self._mu + other._mu,
                          math.hypot(self._sigma, other._sigma))

    __radd__ = __add__

    def __sub__(self, other):
        """Subtract a constant or another NormalDist instance.

        If *other* is a constant, translate by the constant mu,
        leaving sigma unchanged.

        If *other* is a NormalDist, subtract the means and add the variances.
        Mathematically, this works only if the two distributions are
        independent or if they are jointly normally distributed.
        """
        if not isinstance(other, NormalDist):
            return NormalDist(self._mu - other, self._sigma)
        return NormalDist(self._mu - other._mu,
                          math.hypot(self._sigma, other._sigma))

    def __rsub__(self, other):
        "Subtract a NormalDist from a constant or another NormalDist."
        return -(self - other)

    def __mul__(self, factor):
        """Multiply both mu and sigma by a constant.

        Used for rescaling, perhaps to change measurement units.
        Sigma is scaled with the absolute value of the constant.
        """
        return NormalDist(self._mu * factor, self._sigma * math.fabs(factor))

    __rmul__ = __mul__

    def __truediv__(self, divisor):
        """Divide both mu and sigma by a constant.

        Used for rescaling, perhaps to change measurement units.
        Sigma is scaled with the absolute value of the constant.
        """
        return NormalDist(self._mu / divisor, self._sigma / math.fabs(divisor))

    def __neg__(self):
        "Negates mu while keeping sigma the same."
        return NormalDist(-self._mu, self._sigma)

    def __pos__(self):
        "Return a copy of the instance."
        return NormalDist(self._mu, self._sigma)

    # -- identity ------------------------------------------------------------

    def __eq__(self, other):
        "Two NormalDist objects are equal if their mu and sigma are both equal."
        if isinstance(other, NormalDist):
            return _params(self) == _params(other)
        return NotImplemented

    def __hash__(self):
        "NormalDist objects hash equal if their mu and sigma are both equal."
        return hash(_params(self))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return _params(self)

    def __setstate__(self, state):
        self._mu, self._sigma = state


# ---------------------------------------------------------------------------
# Kernel density estimation

def _poly(coefficients, t):
    """sum(c * t**k) for the odd powers k = 2n-1 .. 1, plus 1/2, summed
    in one exact step; the CDFs of the polynomial kernels have this shape."""
    powers = [t ** k for k in range(2 * len(coefficients) - 1, 0, -2)]
    return math.sumprod(coefficients + (0.5,), powers + [1.0])


def _newton_inverse(cdf, pdf, p, guess):
    """Solve cdf(t) = p on [-1, 1] by Newton's method from a guess."""
    t = guess
    for _ in range(100):
        step = (cdf(t) - p) / pdf(t)
        t -= step
        if math.fabs(step) < 1e-12:
            break
    return t


class _Kernel:
    __slots__ = ('pdf', 'cdf', 'invcdf', 'support')

    def __init__(self, pdf, cdf, invcdf, support):
        self.pdf = pdf
        self.cdf = cdf
        self.invcdf = invcdf
        self.support = support


def _kernel_table():
    pi = math.pi
    sqrt2pi = math.sqrt(2.0 * pi)

    def triangular_invcdf(p):
        return math.sqrt(2.0 * p) - 1.0 if p < 0.5 else 1.0 - math.sqrt(2.0 - 2.0 * p)

    def quartic_pdf(t):
        return 15 / 16 * (1.0 - t * t) ** 2

    def quartic_cdf(t):
        return _poly((3 / 16, -5 / 8, 15 / 16), t)

    def triweight_pdf(t):
        return 35 / 32 * (1.0 - t * t) ** 3

    def triweight_cdf(t):
        return _poly((-5 / 32, 21 / 32, -35 / 32, 35 / 32), t)

    def polynomial_invcdf(cdf, pdf, power):
        def invcdf(p):
            # Start from a curve close to the answer, then polish.
            sign = 1.0 if p >= 0.5 else -1.0
            guess = sign * (1.0 - (2.0 * min(p, 1.0 - p)) ** (1.0 / power))
            return _newton_inverse(cdf, pdf, p, guess)
        return invcdf

    normal = _Kernel(
        lambda t: math.exp(-t * t / 2.0) / sqrt2pi,
        lambda t: 0.5 * math.erfc(-t / _SQRT2),
        lambda p: _standard_normal_quantile(p),
        None)
    logistic = _Kernel(
        lambda t: 0.5 / (1.0 + math.cosh(t)),
        lambda t: 1.0 - 1.0 / (math.exp(t) + 1.0),
        lambda p: math.log(p / (1.0 - p)),
        None)
    sigmoid = _Kernel(
        lambda t: 1.0 / pi / math.cosh(t),
        lambda t: 2.0 / pi * math.atan(math.exp(t)),
        lambda p: math.log(math.tan(p * pi / 2.0)),
        None)
    rectangular = _Kernel(
        lambda t: 0.5,
        lambda t: 0.5 * t + 0.5,
        lambda p: 2.0 * p - 1.0,
        1.0)
    triangular = _Kernel(
        lambda t: 1.0 - abs(t),
        lambda t: t * t / 2.0 + t + 0.5 if t < 0.0 else -t * t / 2.0 + t + 0.5,
        triangular_invcdf,
        1.0)
    parabolic = _Kernel(
        lambda t: 0.75 * (1.0 - t * t),
        lambda t: _poly((-1 / 4, 3 / 4), t),
        lambda p: 2.0 * math.cos((math.acos(2.0 * p - 1.0) + pi) / 3.0),
        1.0)
    quartic = _Kernel(quartic_pdf, quartic_cdf,
                      polynomial_invcdf(quartic_cdf, quartic_pdf, 2.0), 1.0)
    triweight = _Kernel(triweight_pdf, triweight_cdf,
                        polynomial_invcdf(triweight_cdf, triweight_pdf, 3.0),
                        1.0)
    cosine = _Kernel(
        lambda t: pi / 4.0 * math.cos(pi * t / 2.0),
        lambda t: 0.5 * math.sin(pi * t / 2.0) + 0.5,
        lambda p: 2.0 * math.asin(2.0 * p - 1.0) / pi,
        1.0)
    return {
        'normal': normal, 'gauss': normal,
        'logistic': logistic,
        'sigmoid': sigmoid,
        'rectangular': rectangular, 'uniform': rectangular,
        'triangular': triangular,
        'parabolic': parabolic, 'epanechnikov': parabolic,
        'quartic': quartic, 'biweight': quartic,
        'triweight': triweight,
        'cosine': cosine,
    }


_KERNELS = _kernel_table()


def _checked_kernel(data, h, kernel):
    if not len(data):
        raise StatisticsError('Empty data sequence')
    if not isinstance(data[0], (int, float)):
        raise TypeError('Data sequence must contain ints or floats')
    if h <= 0.0:
        raise StatisticsError(f'Bandwidth h must be positive, not {h=!r}')
    spec = _KERNELS.get(kernel)
    if spec is None:
        raise StatisticsError(f'Unknown kernel name: {kernel!r}')
    return spec


class _Window:
    """The sorted data, re-sorted when the caller's sequence grew or shrank,
    and the slice of it within reach of a bounded kernel."""

    def __init__(self, data, reach):
        self.data = data
        self.reach = reach
        self.ordered = sorted(data)

    def around(self, x):
        if len(self.data) != len(self.ordered):
            self.ordered = sorted(self.data)
        lo = bisect_left(self.ordered, x - self.reach)
        hi = bisect_right(self.ordered, x + self.reach)
        return lo, self.ordered[lo:hi]


def kde(data, h, kernel='normal', *, cumulative=False):
    """Kernel Density Estimation:  Create a continuous probability density
    function or cumulative distribution function from discrete samples.

    The basic idea is to smooth the data using a kernel function
    to help draw inferences about a population from a sample.

    The degree of smoothing is controlled by the scaling parameter h
    which is called the bandwidth.  Smaller values emphasize local
    features while larger values give smoother results.

    The kernel determines the relative weights of the sample data
    points.  Generally, the choice of kernel shape does not matter
    as much as the more influential bandwidth smoothing parameter.

    Kernels that give some weight to every sample point:

       normal (gauss)
       logistic
       sigmoid

    Kernels that only give weight to sample points within
    the bandwidth:

       rectangular (uniform)
       triangular
       parabolic (epanechnikov)
       quartic (biweight)
       triweight
       cosine

    If *cumulative* is true, will return a cumulative distribution function.

    A StatisticsError will be raised if the data sequence is empty.

    """
    spec = _checked_kernel(data, h, kernel)
    K, W = spec.pdf, spec.cdf
    if spec.support is None:
        def pdf(x):
            return sum(K((x - xi) / h) for xi in data) / (len(data) * h)

        def cdf(x):
            return sum(W((x - xi) / h) for xi in data) / len(data)
    else:
        window = _Window(data, h * spec.support)

        def pdf(x):
            _, near = window.around(x)
            return sum(K((x - xi) / h) for xi in near) / (len(window.ordered) * h)

        def cdf(x):
            below, near = window.around(x)
            return sum((W((x - xi) / h) for xi in near), below) / len(window.ordered)

    if cumulative:
        cdf.__doc__ = f'CDF estimate with {h=!r} and {kernel=!r}'
        return cdf
    pdf.__doc__ = f'PDF estimate with {h=!r} and {kernel=!r}'
    return pdf


def kde_random(data, h, kernel='normal', *, seed=None):
    """Return a function that makes a random selection from the estimated
    probability density function created by kde(data, h, kernel).

    Providing a *seed* allows reproducible selections within a single
    thread.  The seed may be an integer, float, str, or bytes.

    A StatisticsError will be raised if the *data* sequence is empty.

    Example:

    >>> data = [-2.1, -1.3, -0.4, 1.9, 5.1, 6.2]
    >>> rand = kde_random(data, h=1.5, seed=8675309)
    >>> new_selections = [rand() for i in range(10)]
    >>> [round(x, 1) for x in new_selections]
    [0.7, 6.2, 1.2, 6.9, 7.0, 1.8, 2.5, -0.5, -1.8, 5.6]

    """
    spec = _checked_kernel(data, h, kernel)
    generator = random.Random(seed)
    pick, uniform, invcdf = generator.choice, generator.random, spec.invcdf

    def rand():
        return pick(data) + h * invcdf(uniform())

    rand.__doc__ = f'Random KDE selection with {h=!r} and {kernel=!r}'
    return rand
