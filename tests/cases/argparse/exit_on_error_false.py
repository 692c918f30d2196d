# env: COLUMNS=80
# exit_on_error=False: which errors become ArgumentError exceptions
# and which still exit.
import argparse

p = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
p.add_argument('--n', type=int)
p.add_argument('--c', choices=['a'])
p.add_argument('--req', required=True)
g = p.add_mutually_exclusive_group()
g.add_argument('--x', action='store_true')
g.add_argument('--y', action='store_true')
p.add_argument('pos', nargs='?')
for argv in (['--n', 'q'], ['--c', 'b'], [], ['--req', 'r', '--x', '--y'],
             ['--req', 'r', 'p', 'extra'], ['--req'], ['--n'],
             ['--req', 'r', '--nope'], ['--req', 'r', '-h']):
    try:
        print(argv, p.parse_args(argv))
    except argparse.ArgumentError as e:
        print(argv, 'ArgumentError', repr(e.argument_name), e.message)
    except SystemExit as e:
        print(argv, 'exit', e.code)
try:
    p.parse_known_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('known:', e)
s = argparse.ArgumentParser(prog='sub', exit_on_error=False)
ss = s.add_subparsers(dest='cmd')
child = ss.add_parser('c', exit_on_error=False)
child.add_argument('--k', type=int)
for argv in (['d'], ['c', '--k', 'z']):
    try:
        print(s.parse_args(argv))
    except argparse.ArgumentError as e:
        print(argv, 'ArgumentError', e)
