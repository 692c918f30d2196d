# env: COLUMNS=80
# parse_known_args: the order of what is left, unknown options with
# values, unknowns inside sub-commands, and '--' in the leftovers.
import argparse

def known(parser, argv):
    try:
        print(argv, '->', parser.parse_known_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = argparse.ArgumentParser(prog='known')
p.add_argument('--keep')
p.add_argument('-k', action='store_true')
p.add_argument('pos')
for argv in (['a', '--x', '1', '--keep', 'k', 'b'], ['--y=2', 'a', '-z', '-k'],
             ['-kz', 'a'], ['a', '--', '--x'], ['--x', '--', 'a', 'b'],
             ['-q', 'a', '-r', 's']):
    known(p, argv)
s = argparse.ArgumentParser(prog='subk')
s.add_argument('--top')
ss = s.add_subparsers(dest='cmd')
c = ss.add_parser('c')
c.add_argument('--inner')
for argv in (['c', '--inner', 'i', '--what'], ['--x', 'c', '--y'],
             ['c', 'extra', '--top', 't']):
    known(s, argv)
ns, rest = s.parse_known_args(['c', '--zzz'], argparse.Namespace(top='preset'))
print(ns, rest)
