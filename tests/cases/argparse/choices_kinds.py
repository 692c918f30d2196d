# env: COLUMNS=80
# choices given as lists, tuples, ranges, dicts, strings and custom
# containers; their help, usage and error texts.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

class Evens:
    def __contains__(self, item):
        return item % 2 == 0
    def __iter__(self):
        return iter([0, 2, 4])

p = argparse.ArgumentParser(prog='ch')
p.add_argument('--tup', choices=('x', 'y'))
p.add_argument('--rng', type=int, choices=range(1, 4), help='in %(choices)s')
p.add_argument('--dic', choices={'k1': 1, 'k2': 2})
p.add_argument('--str', choices='abc')
p.add_argument('--even', type=int, choices=Evens())
p.add_argument('--many', nargs='+', choices=['a', 'b'])
p.add_argument('--floats', type=float, choices=[0.5, 1.5])
p.add_argument('pick', choices=['one', 'two'], nargs='?', help='pick %(choices)s')
for argv in (['--tup', 'x'], ['--tup', 'z'], ['--rng', '3'], ['--rng', '4'],
             ['--dic', 'k2'], ['--dic', 'k3'], ['--str', 'b'], ['--str', 'ab'],
             ['--even', '6'], ['--even', '3'], ['--many', 'a', 'b', 'c'],
             ['--floats', '1.5'], ['--floats', '2'], ['one'], ['three']):
    attempt(p, argv)
p.print_help()
