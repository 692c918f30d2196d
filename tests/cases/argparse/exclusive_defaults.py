# env: COLUMNS=80
# An exclusive group only objects when a member's value differs (by
# identity) from its default; required groups count the same way.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = argparse.ArgumentParser(prog='mxd')
g = p.add_mutually_exclusive_group()
g.add_argument('--num', type=int, default=1)
g.add_argument('--word', default='w')
g.add_argument('--flag', action='store_true')
g.add_argument('--off', action='store_false')
for argv in (['--num', '1', '--word', 'x'], ['--num', '2', '--word', 'x'],
             ['--word', 'w', '--num', '5'], ['--flag', '--off'],
             ['--num', '1000', '--flag']):
    attempt(p, argv)
r = argparse.ArgumentParser(prog='mxr')
rg = r.add_mutually_exclusive_group(required=True)
rg.add_argument('--a', type=int, default=0)
rg.add_argument('--b', default=None)
for argv in (['--a', '0'], ['--a', '3'], ['--b', 'x'], []):
    attempt(r, argv)
c = argparse.ArgumentParser(prog='mxc')
cg = c.add_mutually_exclusive_group()
cg.add_argument('--n', nargs='?', const='d', default='d')
cg.add_argument('--c', action='store_const', const='d', default='d')
cg.add_argument('--s', nargs='*', default=[])
cg.add_argument('--z')
cg.add_argument('pos', nargs='?', default='p')
for argv in (['--n', '--z', '1'], ['--c', '--z', '1'], ['--s', '--z', '1'],
             ['--z', '1', '--s'], ['--z', '1'], ['--z', '1', 'x'], ['x', '--c']):
    attempt(c, argv)
