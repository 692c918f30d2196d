# sub, subn and split: count, maxsplit and flags passed by position are
# deprecated (a DeprecationWarning at the caller's line); the TypeErrors for
# too many or doubled arguments; counts that are not integers.
import re
import warnings

warnings.simplefilter('always')


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: re.sub('a', 'b', 'aaa', 2))
show(lambda: re.sub('a', 'b', 'aAa', 2, re.I))
show(lambda: re.subn('a', 'b', 'aaa', 1))
show(lambda: re.subn('a', 'b', 'aAa', 0, re.I))
show(lambda: re.split('a', 'bab', 1))
show(lambda: re.split('a', 'bAbab', 1, re.I))
show(lambda: re.sub('a', 'b', 'aaa', 1, 0, 5))
show(lambda: re.subn('a', 'b', 'aaa', 1, 0, 5, 6))
show(lambda: re.split('a', 'bab', 1, 0, 3))
show(lambda: re.sub('a', 'b', 'aaa', 1, count=1))
show(lambda: re.sub('a', 'b', 'aaa', 1, 0, flags=0))
show(lambda: re.split('a', 'bab', 1, maxsplit=2))
show(lambda: re.split('a', 'bab', 1, 0, flags=2))
show(lambda: re.sub('a', 'b'))
show(lambda: re.split('a'))
show(lambda: re.sub('a', 'b', 'aaa', count=1, flags=re.I))
show(lambda: re.subn('a', 'b', 'aaa', flags=re.I))
show(lambda: re.split('a', 'bAb', flags=re.I, maxsplit=5))
show(lambda: re.sub('a', 'b', 'aaa', foo=1))
show(lambda: re.split('a', 'aaa', bar=1))
show(lambda: re.sub('a', 'b', 'aaa', count=None))
show(lambda: re.sub('a', 'b', 'aaa', count=1.0))
show(lambda: re.split('a', 'aaa', maxsplit='1'))
show(lambda: re.sub('a', 'b', 'aaa', count=True))
show(lambda: re.sub('a', 'b', 'aaa', count=-1))
show(lambda: re.split('a', 'bab', maxsplit=-3))
show(lambda: re.compile('a').sub('b', 'aaa', 1))
show(lambda: re.compile('a').subn('b', 'aaa', 2))
show(lambda: re.compile('a').split('aaa', 1))
show(lambda: re.compile('a').sub('b', 'aaa', count=None))
show(lambda: re.compile('a').split('aaa', maxsplit=2.5))
show(lambda: re.sub('a', 'b', 'aaa', count=10**30))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    show(lambda: re.sub('a', 'b', 'aaa', 1))
