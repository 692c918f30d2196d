# gnu_getopt: operands mixed with options, '+' (stop at the first operand),
# '-' (operands kept in order as (None, [...]) pairs) and POSIXLY_CORRECT.
import getopt
import os

ARGS = [
    ['-a', 'x', '-b', 'y'],
    ['x', '-a', 'y'],
    ['x', 'y', '-a', 'z', '-b'],
    ['-a', 'x', '--', '-b'],
    ['x', '--long', 'y', '--val', 'v', 'z'],
    ['-a', 'x', '-b'],
]
for shortopts in ('ab', '+ab', '-ab', '+-ab', '-+ab'):
    for args in ARGS:
        try:
            print(repr(shortopts), args, getopt.gnu_getopt(args, shortopts, ['long', 'val=']))
        except getopt.GetoptError as e:
            print(repr(shortopts), args, 'error:', e)
    print(repr(shortopts), getopt.getopt(['-a', 'x', '-b'], shortopts.lstrip('+-')))

os.environ['POSIXLY_CORRECT'] = '1'
for shortopts in ('ab', '-ab', '+ab'):
    for args in ARGS:
        print('POSIXLY_CORRECT', repr(shortopts), args, getopt.gnu_getopt(args, shortopts, ['long', 'val=']))
del os.environ['POSIXLY_CORRECT']
print(getopt.gnu_getopt(['x', '-a'], 'a'))
print(getopt.gnu_getopt('abc', 'a'))
print(getopt.gnu_getopt(('x', '-a'), 'a', 'long'))
