# getopt and gnu_getopt over short options (clustered, with required and
# optional arguments) and long options (abbreviated, '=', '=?').
import getopt

CASES = [
    (['-a', '-b', 'x', 'rest'], 'ab:', []),
    (['-abx', 'rest'], 'ab:', []),
    (['-ba', 'rest'], 'ab:', []),
    (['-c', '-cval', '-c', 'next'], 'c::', []),
    (['--foo', '--bar=1', 'x'], '', ['foo', 'bar=']),
    (['--foob'], '', ['foo', 'foobar']),
    (['--foo'], '', ['foo', 'foobar']),
    (['--bar', 'v', 'w'], '', ['bar=']),
    (['--bar=', 'x'], '', ['bar=']),
    (['--opt', '--opt=v', '--opt', 'w'], '', ['opt=?']),
    (['--lo'], '', 'long'),
    (['--', '-a'], 'a', []),
    (['-a', '-'], 'a', []),
    (['-'], 'a', []),
    (['--'], '', []),
    ([], 'a', []),
    (('-a', 'b'), 'a', ()),
    ('abc', 'a', []),
    (['--x'], '', ['x', 'x']),
    (['-aaa'], 'a', []),
    (['--a=b=c'], '', ['a=']),
    (['-b', '--'], 'b:', []),
    (['-b-'], 'b:', []),
]
for args, shortopts, longopts in CASES:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        print(fn.__name__, args, repr(shortopts), longopts, '->', fn(args, shortopts, longopts))
