# env: FORCE_COLOR=1 COLUMNS=60
# 3.14's colours in usage and help when colour is forced: options, their
# values, positionals, headings, the program name, wrapped usage lines.
import argparse

p = argparse.ArgumentParser(prog='paint', description='Colours %(prog)s.',
                            epilog='The end.')
p.add_argument('-f', '--foo', help='foo help', default=3)
p.add_argument('--bar', nargs='?', choices=['a', 'b'], help='bar')
p.add_argument('-v', action='count')
p.add_argument('--flag', action=argparse.BooleanOptionalAction)
p.add_argument('-single-long', metavar='X')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--x', action='store_true')
g.add_argument('--y', nargs=2)
p.add_argument('pos', nargs='+', help='pos help')
p.add_argument('opt', nargs='?', metavar='M')
sp = p.add_subparsers(title='commands', dest='cmd', help='sub help')
run = sp.add_parser('run', aliases=['r'], help='run it')
run.add_argument('target')
p.print_help()
run.print_help()
try:
    p.parse_args(['--bad'])
except SystemExit as e:
    print('exit', e.code)
try:
    p.parse_args(['--version'])
except SystemExit as e:
    print('exit', e.code)

custom = argparse.ArgumentParser(prog='cust', usage='%(prog)s [opts] (see %(prog)s)')
custom.print_help()
bare = argparse.ArgumentParser(prog='bare', add_help=False)
bare.print_help()
print(repr(bare.format_usage()))
plus = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
plus.add_argument('+x', action='store_true')
plus.add_argument('++long', nargs='*')
plus.print_help()
dflt = argparse.ArgumentParser(prog='dflt', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
dflt.add_argument('--d', default=5, help='dh')
dflt.add_argument('--v', action='version', version='%(prog)s 1.0')
dflt.print_help()
try:
    dflt.parse_args(['--v'])
except SystemExit as e:
    print('exit', e.code)
