"""Abstract Base Classes (ABCs) for numbers, according to PEP 3141.

TODO: Fill out more detailed documentation on the operators."""

# The tower is mostly abstract operators, each with a fixed parameter list
# and docstring; they are described by tables below and attached to each
# class by _require(), which then refreshes the class's set of abstract
# methods.  The few concrete "mixin" methods are written out in the
# classes.  Calling an abstract operator anyway raises NotImplementedError.

from abc import ABCMeta, abstractmethod, update_abstractmethods

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


# One factory per parameter list: a new function object for each operator.
def _takes_self():
    def operator(self):
        raise NotImplementedError
    return operator


def _takes_other():
    def operator(self, other):
        raise NotImplementedError
    return operator


def _takes_exponent():
    def operator(self, exponent):
        raise NotImplementedError
    return operator


def _takes_base():
    def operator(self, base):
        raise NotImplementedError
    return operator


def _takes_ndigits():
    def operator(self, ndigits=None):
        raise NotImplementedError
    return operator


def _takes_modulus():
    def operator(self, exponent, modulus=None):
        raise NotImplementedError
    return operator


def _returns_none():
    # Complex.__complex__ alone has no body beyond its docstring.
    def operator(self):
        pass
    return operator


# Reflected twins of binary operators share a docstring pattern.
def _pair(name, symbol):
    return [(_takes_other, f"__{name}__", f"self {symbol} other"),
            (_takes_other, f"__r{name}__", f"other {symbol} self")]


def _require(methods=(), properties=()):
    """Class decorator: add abstract methods and read-only properties."""
    def attach(cls):
        for factory, name, doc in methods:
            func = factory()
            func.__name__ = name
            func.__qualname__ = f"{cls.__qualname__}.{name}"
            func.__doc__ = doc
            setattr(cls, name, abstractmethod(func))
        for name, doc in properties:
            getter = _takes_self()
            getter.__name__ = name
            getter.__qualname__ = f"{cls.__qualname__}.{name}"
            getter.__doc__ = doc
            setattr(cls, name, property(abstractmethod(getter)))
        return update_abstractmethods(cls)
    return attach


def _plus(number):
    # The number itself, as its type's unary plus makes it.
    return +number


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class.

    If you just want to check if an argument x is a number, without
    caring what kind, use isinstance(x, Number).
    """
    __slots__ = ()

    # Numbers of different kinds that compare equal must hash equal, which
    # an abstract class cannot promise: concrete classes define __hash__.
    __hash__ = None


_COMPLEX_PROPERTY_DOC = "\n\nThis should subclass Real.\n"


@_require(
    methods=[
        (_returns_none, "__complex__", "Return a builtin complex instance. Called for complex(self)."),
        *_pair("add", "+"),
        (_takes_self, "__neg__", "-self"),
        (_takes_self, "__pos__", "+self"),
        *_pair("mul", "*"),
        (_takes_other, "__truediv__", "self / other: Should promote to float when necessary."),
        (_takes_other, "__rtruediv__", "other / self"),
        (_takes_exponent, "__pow__",
         "self ** exponent; should promote to float or complex when necessary."),
        (_takes_base, "__rpow__", "base ** self"),
        (_takes_self, "__abs__", "Returns the Real distance from 0. Called for abs(self)."),
        (_takes_self, "conjugate", "(x+y*i).conjugate() returns (x-y*i)."),
        (_takes_other, "__eq__", "self == other"),
    ],
    properties=[
        ("real", "Retrieve the real component of this number." + _COMPLEX_PROPERTY_DOC),
        ("imag", "Retrieve the imaginary component of this number." + _COMPLEX_PROPERTY_DOC),
    ])
class Complex(Number):
    """Complex defines the operations that work on the builtin complex type.

    In short, those are: a conversion to complex, .real, .imag, +, -,
    *, /, **, abs(), .conjugate, ==, and !=.

    If it is given heterogeneous arguments, and doesn't have special
    knowledge about them, it should fall back to the builtin complex
    type as described below.
    """
    __slots__ = ()
    __hash__ = None     # as a class defining __eq__ gets

    def __bool__(self):
        """True if self != 0. Called for bool(self)."""
        return self != 0

    # Subtraction is addition of the negation, either way round.
    def __sub__(self, other):
        """self - other"""
        return self + -other

    def __rsub__(self, other):
        """other - self"""
        return -self + other


Complex.register(complex)


@_require(
    methods=[
        (_takes_self, "__float__",
         "Any Real can be converted to a native float object.\n\nCalled for float(self)."),
        (_takes_self, "__trunc__",
         "trunc(self): Truncates self to an Integral.\n\n"
         "Returns an Integral i such that:\n"
         "  * i > 0 iff self > 0;\n"
         "  * abs(i) <= abs(self);\n"
         "  * for any Integral j satisfying the first two conditions,\n"
         "    abs(i) >= abs(j) [i.e. i has \"maximal\" abs among those].\n"
         "i.e. \"truncate towards 0\".\n"),
        (_takes_self, "__floor__", "Finds the greatest Integral <= self."),
        (_takes_self, "__ceil__", "Finds the least Integral >= self."),
        (_takes_ndigits, "__round__",
         "Rounds self to ndigits decimal places, defaulting to 0.\n\n"
         "If ndigits is omitted or None, returns an Integral, otherwise\n"
         "returns a Real. Rounds half toward even.\n"),
        (_takes_other, "__floordiv__", "self // other: The floor() of self/other."),
        (_takes_other, "__rfloordiv__", "other // self: The floor() of other/self."),
        *_pair("mod", "%"),
        (_takes_other, "__lt__",
         "self < other\n\n< on Reals defines a total ordering, except perhaps for NaN."),
        (_takes_other, "__le__", "self <= other"),
    ])
class Real(Complex):
    """To Complex, Real adds the operations that work on real numbers.

    In short, those are: a conversion to float, trunc(), divmod,
    %, <, <=, >, and >=.

    Real also provides defaults for the derived operations.
    """
    __slots__ = ()

    def __divmod__(self, other):
        """divmod(self, other): The pair (self // other, self % other).

        Sometimes this can be computed faster than the pair of
        operations.
        """
        quotient, remainder = self // other, self % other
        return (quotient, remainder)

    def __rdivmod__(self, other):
        """divmod(other, self): The pair (other // self, other % self).

        Sometimes this can be computed faster than the pair of
        operations.
        """
        quotient, remainder = other // self, other % self
        return (quotient, remainder)

    def __complex__(self):
        """complex(self) == complex(float(self), 0)"""
        return complex(float(self))

    # A real number is its own real part and its own conjugate.
    def conjugate(self):
        """Conjugate is a no-op for Reals."""
        return _plus(self)

    real = property(_plus, doc="Real numbers are their real component.")
    imag = property(lambda self: 0, doc="Real numbers have no imaginary component.")


Real.register(float)


@_require(properties=[
    ("numerator", "The numerator of a rational number in lowest terms."),
    ("denominator", "The denominator of a rational number in lowest terms.\n\n"
                    "This denominator should be positive.\n"),
])
class Rational(Real):
    """To Real, Rational adds numerator and denominator properties.

    The numerator and denominator values should be in lowest terms,
    with a positive denominator.
    """
    __slots__ = ()

    def __float__(self):
        """float(self) = self.numerator / self.denominator

        It's important that this conversion use the integer's "true"
        division rather than casting one side to float before dividing
        so that ratios of huge integers convert without overflowing.

        """
        top, bottom = int(self.numerator), int(self.denominator)
        return top / bottom


_MODULAR_POW_DOC = (
    "self ** exponent % modulus, but maybe faster.\n\n"
    "Accept the modulus argument if you want to support the\n"
    "3-argument version of pow(). Raise a TypeError if exponent < 0\n"
    "or any argument isn't Integral. Otherwise, just implement the\n"
    "2-argument version described in Complex.\n")


@_require(methods=[
    (_takes_self, "__int__", "int(self)"),
    (_takes_modulus, "__pow__", _MODULAR_POW_DOC),
    *_pair("lshift", "<<"),
    *_pair("rshift", ">>"),
    *_pair("and", "&"),
    *_pair("xor", "^"),
    *_pair("or", "|"),
    (_takes_self, "__invert__", "~self"),
])
class Integral(Rational):
    """Integral adds methods that work on integral numbers.

    In short, these are conversion to int, pow with modulus, and the
    bit-string operations.
    """
    __slots__ = ()

    def __index__(self):
        """Called whenever an index is needed, such as in slicing"""
        return int(self)

    def __float__(self):
        """float(self) == float(int(self))"""
        return float(int(self))

    numerator = property(_plus, doc="Integers are their own numerators.")
    denominator = property(lambda self: 1, doc="Integers have a denominator of 1.")


Integral.register(int)
