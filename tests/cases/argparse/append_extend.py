# env: COLUMNS=80
# append, append_const, extend and count with nargs, defaults and dests
# shared between options; defaults are never modified.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

base = ['seed']
p = argparse.ArgumentParser(prog='acc')
p.add_argument('--app', action='append', default=base)
p.add_argument('--pairs', action='append', nargs=2, metavar=('K', 'V'))
p.add_argument('--opt', action='append', nargs='?', const='C')
p.add_argument('--ext', action='extend', nargs='*', type=int)
p.add_argument('--one', action='extend')
p.add_argument('--int', dest='kinds', action='append_const', const=int)
p.add_argument('--str', dest='kinds', action='append_const', const=str)
p.add_argument('-v', dest='kinds', action='count')
for argv in (['--app', 'a', '--app', 'b'], ['--pairs', 'a', '1', '--pairs', 'b', '2'],
             ['--opt', '--opt', 'x'], ['--ext', '1', '2', '--ext', '--ext', '3'],
             ['--one', 'abc'], ['--int', '--str', '--int'], ['--pairs', 'a'],
             ['--ext', 'q'], []):
    attempt(p, argv)
print(base, p.get_default('app'))
p.print_help()
