"""doctest.testmod over this module: successes, failures, exceptions wanted
and unwanted, the summaries at both verbosities.

>>> 1 + 1
2
>>> print('a')
a
"""
import doctest
import sys


def double(x):
    """Double.

    >>> double(2)
    4
    >>> double(3)
    7
    >>> [1, 2,
    ...  3]
    [1, 2, 3]
    >>> 1/0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> x = 5
    >>> x
    6
    >>> int('q')
    Traceback (most recent call last):
    ValueError: nope
    >>> {}['k']
    2
    """
    return 2 * x if False else 2 * x


class Box:
    """A box.

    >>> Box(3).value
    3
    >>> b = Box(4); b.value += 1; b.value
    5
    """

    def __init__(self, value):
        self.value = value

    def get(self):
        """>>> Box(1).get()
        1
        """
        return self.value

    @property
    def twice(self):
        """>>> Box(2).twice
        4
        """
        return self.value * 2

    @staticmethod
    def make():
        """>>> Box.make().value
        0
        """
        return Box(0)


__test__ = {'extra': """
>>> sorted({3, 1, 2})
[1, 2, 3]
>>> print('x\\n\\ny')
x
<BLANKLINE>
y
"""}

print(doctest.testmod())
print(doctest.testmod(verbose=True))
print(doctest.testmod(m=sys.modules[__name__], name='other', report=False))
print(doctest.master.summarize(verbose=False))
