"""Module doc (DocTestFinder: what it finds in a module, names, lines, globals).

>>> 1 + 1
2
"""
import doctest, sys, functools

def f(x):
    """Double.

    >>> f(2)
    4
    """
    return 2 * x

def nodoc(): pass

@functools.wraps(f)
def wrapped(*a): return f(*a)

class C:
    """Class doc.

    >>> C().m()
    'm'
    """
    def m(self):
        """>>> 'x'
        'x'
        """
    @property
    def p(self):
        """>>> 1
        1
        """
    @staticmethod
    def s():
        """>>> 2
        2
        """
    @classmethod
    def c(cls):
        """
        >>> 3
        3
        """
    class Inner:
        """>>> 4
        4"""

__test__ = {'extra': """
>>> 5
5
""", 'fn': f}

m = sys.modules[__name__]
for ex in (True, False):
    for t in doctest.DocTestFinder(exclude_empty=ex).find(m):
        print(t.name, t.lineno, t.filename.rsplit('/', 1)[-1] if t.filename else None, len(t.examples), [(e.lineno, e.source) for e in t.examples], sorted(k for k in t.globs if not k.startswith('__')))
print(doctest.DocTestFinder(recurse=False).find(C))
print(doctest.DocTestFinder().find(C, 'C', module=False, globs={'a': 1}, extraglobs={'b': 2})[0].globs)
try: doctest.DocTestFinder().find(3)
except ValueError as e: print(e)
m.__test__ = {1: 'x'}
try: doctest.DocTestFinder().find(m)
except ValueError as e: print(e)
m.__test__ = {'x': 1}
try: doctest.DocTestFinder().find(m)
except ValueError as e: print(e)

