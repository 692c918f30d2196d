# env: COLUMNS=80
# nargs='?' on options and positionals: const, default and type, which
# of them are converted, with the type applied to string defaults.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = argparse.ArgumentParser(prog='opt')
p.add_argument('--a', nargs='?', const='7', default='3', type=int)
p.add_argument('--b', nargs='?', const=7, default=3, type=str)
p.add_argument('--c', nargs='?', type=float)
p.add_argument('--d', nargs='?', const='x', choices=['x', 'y'])
p.add_argument('--e', nargs='?', const='z', choices=['x', 'y'])
p.add_argument('pos', nargs='?', default='12', type=int)
for argv in ([], ['--a'], ['--a', '5'], ['--b'], ['--b', 'q'], ['--c'],
             ['--c', '2'], ['--d'], ['--e'], ['--e', 'x'], ['4'], ['--a', '--b']):
    attempt(p, argv)
q = argparse.ArgumentParser(prog='star')
q.add_argument('items', nargs='*', default='abc', type=str.upper)
q.add_argument('--more', nargs='*', default=['x'], type=str.upper)
q.add_argument('--none', nargs='*', default=None)
for argv in ([], ['a', 'b'], ['--more'], ['--more', 'q'], ['--none']):
    attempt(q, argv)
