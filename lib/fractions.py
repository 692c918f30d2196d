"""Fraction, infinite-precision, rational numbers."""

# A Fraction is a pair of ints in lowest terms with a positive denominator.
# Every result is built reduced, so equal values have equal pairs, which
# is what hashing and equality rely on.

import functools
import math
import numbers
import operator
import sys

_gcd = math.gcd

__all__ = ['Fraction']

_PyHASH_MODULUS = sys.hash_info.modulus
_PyHASH_INF = sys.hash_info.inf


# ---- text ------------------------------------------------------------------

def _is_digit_run(text):
    """Digits, with single underscores between them."""
    if not text or text[0] == '_' or text[-1] == '_' or '__' in text:
        return False
    return text.replace('_', '').isdecimal()


def _ratio_of_text(text):
    """(numerator, denominator) of a literal: '3/4', '-1.5e3', '.5', ...;
    None when it is not one."""
    body = text.strip()
    sign = 1
    if body[:1] in ('-', '+'):
        sign = -1 if body[0] == '-' else 1
        body = body[1:]
    if '/' in body:
        top, _, bottom = body.partition('/')
        top, bottom = top.rstrip(), bottom.lstrip()
        if not (_is_digit_run(top) and _is_digit_run(bottom)):
            return None
        return sign * int(top), int(bottom)
    mantissa, exponent = body, '0'
    for mark in ('e', 'E'):
        if mark in body:
            mantissa, _, exponent = body.partition(mark)
            break
    whole, dot, decimals = mantissa.partition('.')
    if not (whole or decimals) or (whole and not _is_digit_run(whole)):
        return None
    if decimals and not _is_digit_run(decimals):
        return None
    power = exponent[1:] if exponent[:1] in ('+', '-') else exponent
    if not _is_digit_run(power):
        return None
    decimals = decimals.replace('_', '')
    numerator = sign * int((whole or '0').replace('_', '') + decimals)
    shift = int(exponent.replace('_', '')) - len(decimals)
    if shift >= 0:
        return numerator * 10 ** shift, 1
    return numerator, 10 ** -shift


# ---- format specifications ---------------------------------------------------

_FLOAT_TYPES = 'eEfFgG%'


def _parse_spec(spec):
    """The fields of a format specification, or None if Fraction refuses it:
    [[fill]align][sign][z][#][0][width][,|_][.[precision][,|_]][type]
    (the second separator groups the digits after the point)."""
    fields = {'fill': ' ', 'align': None, 'sign': '-', 'z': False, 'alt': False,
              'zero': False, 'width': 0, 'group': '', 'precision': None, 'frac_group': '',
              'type': ''}
    pos = 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        fields['fill'], fields['align'] = spec[0], spec[1]
        pos = 2
    elif spec[:1] in ('<', '>', '=', '^'):
        fields['align'] = spec[0]
        pos = 1
    if spec[pos:pos + 1] in ('+', '-', ' '):
        fields['sign'] = spec[pos]
        pos += 1
    if spec[pos:pos + 1] == 'z':
        fields['z'] = True
        pos += 1
    if spec[pos:pos + 1] == '#':
        fields['alt'] = True
        pos += 1
    if spec[pos:pos + 1] == '0' and spec[pos + 1:pos + 2].isdigit() and spec[pos + 1:pos + 2].isascii():
        if fields['align'] is not None:
            return None
        fields['zero'] = True
        pos += 1
    start = pos
    while pos < len(spec) and spec[pos] in '0123456789':
        pos += 1
    if pos > start:
        fields['width'] = int(spec[start:pos])
    if spec[pos:pos + 1] in (',', '_'):
        fields['group'] = spec[pos]
        pos += 1
    if spec[pos:pos + 1] == '.':
        start = pos = pos + 1
        while pos < len(spec) and spec[pos] in '0123456789':
            pos += 1
        if pos > start:
            fields['precision'] = int(spec[start:pos])
        if spec[pos:pos + 1] in (',', '_'):
            fields['frac_group'] = spec[pos]
            pos += 1
        if pos == start:
            return None
    rest = spec[pos:]
    if rest and (len(rest) > 1 or rest not in _FLOAT_TYPES):
        return None
    fields['type'] = rest
    if not rest and (fields['z'] or fields['zero'] or fields['precision'] is not None or fields['frac_group']):
        return None
    return fields


def _group(digits, sep, width=0):
    """digits with sep every three from the right, padded with zeros on
    the left until the result is at least width long."""
    if not sep:
        return digits.rjust(width, '0')
    while True:
        head = len(digits) % 3 or 3
        parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
        text = sep.join(parts)
        if len(text) >= width:
            return text
        digits = '0' + digits


def _pad(sign, body, fields):
    """sign and body laid out in the width, as fill and align ask."""
    room = fields['width'] - len(sign) - len(body)
    if room <= 0:
        return sign + body
    fill, align = fields['fill'], fields['align'] or '>'
    if align == '<':
        return sign + body + fill * room
    if align == '^':
        return fill * (room // 2) + sign + body + fill * (room - room // 2)
    if align == '=':
        return sign + fill * room + body
    return fill * room + sign + body


def _sign_text(negative, fields):
    if negative:
        return '-'
    return {'+': '+', ' ': ' '}.get(fields['sign'], '')


def _round_half_even(n, d):
    """n / d (d > 0) rounded to an int, ties to even."""
    q, r = divmod(n, d)
    twice = 2 * r
    if twice > d or (twice == d and q % 2):
        q += 1
    return q


def _scientific(n, d, figures):
    """|n/d| (n >= 0) rounded to `figures` significant digits: (digits,
    exponent of the first one).  Zero gives '0' * figures and 0."""
    if n == 0:
        return '0' * figures, 0
    exp = len(str(n)) - len(str(d))
    if n * 10 ** max(0, -exp) < d * 10 ** max(0, exp):
        exp -= 1        # now 10**exp <= n/d < 10**(exp + 1)
    shift = figures - 1 - exp
    digits = _round_half_even(n * 10 ** max(0, shift), d * 10 ** max(0, -shift))
    if digits >= 10 ** figures:     # rounding carried into a new digit
        digits //= 10
        exp += 1
    return str(digits), exp


def _lowest_terms(numerator, denominator):
    """The Fraction numerator/denominator (denominator > 0) reduced."""
    common = _gcd(numerator, denominator)
    if common != 1:
        numerator //= common
        denominator //= common
    return Fraction._from_coprime_ints(numerator, denominator)


# ---- the type ------------------------------------------------------------------

class Fraction(numbers.Rational):
    """This class implements rational numbers.

    In the two-argument form of the constructor, Fraction(8, 6) will
    produce a rational number equivalent to 4/3. Both arguments must
    be Rational. The numerator defaults to 0 and the denominator
    defaults to 1 so that Fraction(3) == 3 and Fraction() == 0.

    Fractions can also be constructed from:

      - numeric strings similar to those accepted by the
        float constructor (for example, '-2.3' or '1e10')

      - strings of the form '123/456'

      - float and Decimal instances

      - other Rational instances (including integers)

    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        """Constructs a Rational.

        Takes a string like '3/2' or '1.5', another Rational instance, a
        numerator/denominator pair, or a float.

        Examples
        --------

        >>> Fraction(10, -8)
        Fraction(-5, 4)
        >>> Fraction(Fraction(1, 7), 5)
        Fraction(1, 35)
        >>> Fraction(Fraction(1, 7), Fraction(2, 3))
        Fraction(3, 14)
        >>> Fraction('314')
        Fraction(314, 1)
        >>> Fraction('-35/4')
        Fraction(-35, 4)
        >>> Fraction('3.1415') # conversion from numeric string
        Fraction(6283, 2000)
        >>> Fraction('-47e-2') # string may include a decimal exponent
        Fraction(-47, 100)
        >>> Fraction(1.47)  # direct construction from float (exact conversion)
        Fraction(6620291452234629, 4503599627370496)
        >>> Fraction(2.25)
        Fraction(9, 4)
        >>> Fraction(Decimal('1.47'))
        Fraction(147, 100)

        """
        if denominator is None:
            if type(numerator) is int:
                return cls._from_coprime_ints(numerator, 1)
            if isinstance(numerator, numbers.Rational):
                return cls._from_coprime_ints(numerator.numerator, numerator.denominator)
            if isinstance(numerator, str):
                pair = _ratio_of_text(numerator)
                if pair is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = pair
            elif isinstance(numerator, float) or (not isinstance(numerator, type)
                                                  and hasattr(numerator, 'as_integer_ratio')):
                return cls._from_coprime_ints(*numerator.as_integer_ratio())
            else:
                raise TypeError("argument should be a string or a Rational "
                                "instance or have the as_integer_ratio() method")
        elif not (type(numerator) is int and type(denominator) is int):
            if not (isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational)):
                raise TypeError("both arguments should be Rational instances")
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        common = _gcd(numerator, denominator)
        if denominator < 0:
            common = -common
        return cls._from_coprime_ints(numerator // common, denominator // common)

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        """Convert a pair of ints to a rational number, for internal use.

        The ratio of integers should be in lowest terms and the denominator
        should be positive.
        """
        made = super(Fraction, cls).__new__(cls)
        made._numerator = numerator
        made._denominator = denominator
        return made

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly.

        Beware that Fraction.from_float(0.3) != Fraction(3, 10).

        """
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        try:
            from decimal import Decimal
        except ImportError:
            Decimal = None
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if Decimal is None or not isinstance(dec, Decimal):
            raise TypeError("{0}.from_decimal() only takes Decimals, not {1!r} ({2})"
                            .format(cls.__name__, dec, type(dec).__name__))
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    @classmethod
    def from_number(cls, number):
        """Converts a finite real number to a rational number, exactly.

        Beware that Fraction.from_number(0.3) != Fraction(3, 10).

        """
        if isinstance(number, numbers.Rational):
            return cls._from_coprime_ints(number.numerator, number.denominator)
        if not isinstance(number, type) and hasattr(number, 'as_integer_ratio'):
            return cls._from_coprime_ints(*number.as_integer_ratio())
        raise TypeError("argument should be a Rational instance or "
                        "have the as_integer_ratio() method")

    def is_integer(self):
        """Return True if the Fraction is an integer."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """Return a pair of integers, whose ratio is equal to the original Fraction.

        The ratio is in lowest terms and has a positive denominator.
        """
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator.

        >>> Fraction('3.141592653589793').limit_denominator(10)
        Fraction(22, 7)
        >>> Fraction('3.141592653589793').limit_denominator(100)
        Fraction(311, 99)
        >>> Fraction(4321, 8765).limit_denominator(10000)
        Fraction(4321, 8765)

        """
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self; (lo_p/lo_q, hi_p/hi_q) are the
        # last two convergents.  Stop before a denominator grows too large,
        # then compare the last convergent with the best semiconvergent.
        lo_p, lo_q, hi_p, hi_q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            term = n // d
            next_q = lo_q + term * hi_q
            if next_q > max_denominator:
                break
            lo_p, lo_q, hi_p, hi_q = hi_p, hi_q, lo_p + term * hi_p, next_q
            n, d = d, n - term * d
        steps = (max_denominator - lo_q) // hi_q
        semi_q = lo_q + steps * hi_q
        # the convergent hi_p/hi_q is at distance 1/(hi_q*q') and the
        # semiconvergent at d/(semi_q*q') from self; ties go to the convergent
        if 2 * d * semi_q <= self._denominator:
            return Fraction._from_coprime_ints(hi_p, hi_q)
        return Fraction._from_coprime_ints(lo_p + steps * hi_p, semi_q)

    numerator = property(lambda a: a._numerator)
    denominator = property(lambda a: a._denominator)

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec, /):
        """Format this fraction according to the given format specification."""
        fields = _parse_spec(format_spec)
        if fields is None:
            raise ValueError("Invalid format specifier {!r} for object of type {!r}"
                             .format(format_spec, type(self).__name__))
        if fields['type']:
            return self._format_as_float(fields)
        negative = self._numerator < 0
        body = _group(str(abs(self._numerator)), fields['group'])
        if self._denominator != 1 or fields['alt']:
            body += '/' + _group(str(self._denominator), fields['group'])
        return _pad(_sign_text(negative, fields), body, fields)

    def _format_as_float(self, fields):
        kind = fields['type']
        precision = 6 if fields['precision'] is None else fields['precision']
        n, d = abs(self._numerator), self._denominator
        suffix = ''
        if kind == '%':
            n *= 100
            suffix = '%'
        strip = False
        if kind in 'gG':
            figures = max(precision, 1)
            exp = _scientific(n, d, figures)[1]
            if -4 <= exp < figures:
                kind, precision = 'f', figures - 1 - exp
            else:
                kind, precision = 'e' if kind == 'g' else 'E', figures - 1
            strip = not fields['alt']
        if kind in 'fF%':
            digits = str(_round_half_even(n * 10 ** precision, d)).rjust(precision + 1, '0')
            whole, decimals = digits[:len(digits) - precision], digits[len(digits) - precision:]
            tail = ''
        else:
            digits, exp = _scientific(n, d, precision + 1)
            whole, decimals = digits[0], digits[1:]
            tail = '%s%+03d' % (kind, exp)
        is_zero = not (whole.strip('0') or decimals.strip('0'))
        if strip:
            decimals = decimals.rstrip('0')
        if fields['frac_group']:
            decimals = fields['frac_group'].join(decimals[i:i + 3] for i in range(0, len(decimals), 3))
        point = '.' if decimals or fields['alt'] else ''
        rest = point + decimals + tail + suffix
        sign = _sign_text(self._numerator < 0 and not (fields['z'] and is_zero), fields)
        if fields['zero'] or (fields['fill'] == '0' and fields['align'] == '='):
            whole = _group(whole, fields['group'], fields['width'] - len(sign) - len(rest))
            return sign + whole + rest
        return _pad(sign, _group(whole, fields['group']) + rest, fields)

    # ---- arithmetic ------------------------------------------------------------

    def _mixed(exact, inexact, handle_complex=True):
        """The forward and reverse methods of an operator: `exact` on two
        Fractions when both operands are rational, `inexact` (an operator
        function) otherwise, with the fraction as a float (mixed with a
        complex number as 3.14 mixes real and complex operands)."""
        def forward(a, b):
            if isinstance(b, Fraction):
                return exact(a, b)
            if isinstance(b, int):
                return exact(a, Fraction._from_coprime_ints(b, 1))
            if isinstance(b, float):
                return inexact(float(a), b)
            if handle_complex and isinstance(b, complex):
                return inexact(float(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(Fraction._from_coprime_ints(a.numerator, a.denominator), b)
            if isinstance(a, numbers.Real):
                return inexact(float(a), float(b))
            if handle_complex and isinstance(a, numbers.Complex):
                return inexact(complex(a), float(b))
            return NotImplemented

        symbol = inexact.__name__
        forward.__name__ = '__' + symbol + '__'
        reverse.__name__ = '__r' + symbol + '__'
        forward.__doc__ = reverse.__doc__ = exact.__doc__
        return forward, reverse

    def _add(a, b):
        """a + b"""
        return _lowest_terms(a._numerator * b._denominator + b._numerator * a._denominator,
                                 a._denominator * b._denominator)

    __add__, __radd__ = _mixed(_add, operator.add)

    def _sub(a, b):
        """a - b"""
        return _lowest_terms(a._numerator * b._denominator - b._numerator * a._denominator,
                                 a._denominator * b._denominator)

    __sub__, __rsub__ = _mixed(_sub, operator.sub)

    def _mul(a, b):
        """a * b"""
        return _lowest_terms(a._numerator * b._numerator, a._denominator * b._denominator)

    __mul__, __rmul__ = _mixed(_mul, operator.mul)

    def _div(a, b):
        """a / b"""
        if b._numerator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % b._denominator)
        top, bottom = a._numerator * b._denominator, a._denominator * b._numerator
        if bottom < 0:
            top, bottom = -top, -bottom
        return _lowest_terms(top, bottom)

    __truediv__, __rtruediv__ = _mixed(_div, operator.truediv)

    def _floordiv(a, b):
        """a // b"""
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    __floordiv__, __rfloordiv__ = _mixed(_floordiv, operator.floordiv, False)

    def _divmod(a, b):
        """(a // b, a % b)"""
        common = a._denominator * b._denominator
        q, r = divmod(a._numerator * b._denominator, a._denominator * b._numerator)
        return q, Fraction(r, common)

    __divmod__, __rdivmod__ = _mixed(_divmod, divmod, False)

    def _mod(a, b):
        """a % b"""
        common = a._denominator * b._denominator
        return Fraction((a._numerator * b._denominator) % (b._numerator * a._denominator), common)

    __mod__, __rmod__ = _mixed(_mod, operator.mod, False)

    del _mixed

    def __pow__(a, b, modulo=None):
        """a ** b

        If b is not an integer, the result will be a float or complex
        since roots are generally irrational. If b is an integer, the
        result will be rational.

        """
        if modulo is not None:
            return NotImplemented
        if isinstance(b, numbers.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            power = b.numerator
            num, den = a._numerator, a._denominator
            if power < 0:
                if num == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % den ** -power)
                num, den, power = den, num, -power
                if den < 0:
                    num, den = -num, -den
            return Fraction._from_coprime_ints(num ** power, den ** power)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a, modulo=None):
        """a ** b"""
        if modulo is not None:
            return NotImplemented
        whole_power = b._denominator == 1
        if isinstance(a, numbers.Rational) and not (whole_power and b._numerator >= 0):
            return Fraction._from_coprime_ints(a.numerator, a.denominator) ** b
        if whole_power:
            return a ** b._numerator
        return a ** float(b)

    def __abs__(a):
        """abs(a)"""
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __neg__(a):
        """-a"""
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __int__(a, _index=operator.index):
        """int(a)"""
        whole = abs(a._numerator) // a._denominator
        return _index(-whole if a._numerator < 0 else whole)

    def __trunc__(a):
        """math.trunc(a)"""
        whole = abs(a._numerator) // a._denominator
        return -whole if a._numerator < 0 else whole

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __round__(self, ndigits=None):
        """round(self, ndigits)

        Rounds half toward even.
        """
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        """hash(self)"""
        # The hash of n/d is n times the inverse of d modulo the hash
        # modulus, as for every number type; no inverse means infinity.
        try:
            inverse = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            value = _PyHASH_INF
        else:
            value = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            value = -value
        return -2 if value == -1 else value

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if b - b != 0.0:        # infinite or nan: never equal
                return False
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        """Helper for comparison operators, for internal use only.

        Implement comparison between a Rational instance `self`, and
        either another Rational instance or a float `other`.  If
        `other` is not a Rational instance or a float, return
        NotImplemented. `op` should be one of the six standard
        comparison operators.

        """
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if other - other != 0.0:
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def _ordering(op, symbol):
        def compare(a, b):
            return a._richcmp(b, op)
        compare.__name__ = '__%s__' % op.__name__
        compare.__doc__ = 'a %s b' % symbol
        return compare

    __lt__ = _ordering(operator.lt, '<')
    __gt__ = _ordering(operator.gt, '>')
    __le__ = _ordering(operator.le, '<=')
    __ge__ = _ordering(operator.ge, '>=')
    del _ordering

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    # Fractions are immutable: copies may be the object itself.
    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
