# Optional option arguments (3.14: 'o::' and 'opt=?'), '-' and '--',
# POSIXLY_CORRECT and a leading '+', type errors of the arguments.
import getopt
import os

RUNS = [
    (['-o', 'x', '-ovalue', 'rest'], 'o::', []),
    (['--opt', 'x', '--opt=v', '--opt='], '', ['opt=?']),
    (['-a', '-', '-b'], 'ab', []),
    (['-a', '--', '-b'], 'ab', []),
    (['file', '-a', '--', '-b'], 'ab', []),
    (['-a', 'file', '-b', '--long', 'x'], 'ab', ['long']),
    (['-abc', 'v'], 'abc:', []),
    (['--lo', '--long-opt=1'], '', ['long-opt=', 'lo']),
]
for args, shortopts, longopts in RUNS:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(fn.__name__, args, fn(args, shortopts, longopts))
        except getopt.GetoptError as e:
            print(fn.__name__, args, 'GetoptError:', e)

print(getopt.gnu_getopt(['x', '-a'], '+a', []))
os.environ['POSIXLY_CORRECT'] = '1'
print(getopt.gnu_getopt(['x', '-a'], 'a', []))
del os.environ['POSIXLY_CORRECT']
print(getopt.gnu_getopt(['x', '-a'], 'a', []))
print(getopt.getopt(['--long'], '', 'long'))
print(getopt.getopt((), 'a'))
for bad in [(None, 'a'), (['-a'], None), ([1], 'a')]:
    try:
        print(getopt.getopt(*bad))
    except Exception as e:
        print(type(e).__name__, e)
