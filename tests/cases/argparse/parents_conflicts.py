# env: COLUMNS=80
# parents=, conflict_handler, add_help=False, prefix_chars and groups
# copied from a parent.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

base = argparse.ArgumentParser(add_help=False)
base.add_argument('--shared', default='s')
grp = base.add_argument_group('common', 'common options')
grp.add_argument('--level', type=int)
mx = base.add_mutually_exclusive_group()
mx.add_argument('--up', action='store_true')
mx.add_argument('--down', action='store_true')
base.set_defaults(origin='base')

child = argparse.ArgumentParser(prog='child', parents=[base])
child.add_argument('item')
child.print_help()
attempt(child, ['i', '--level', '2'])
attempt(child, ['i', '--up', '--down'])

try:
    argparse.ArgumentParser(parents=[base, base])
except argparse.ArgumentError as e:
    print('ArgumentError', e)
try:
    argparse.ArgumentParser(parents=['x'])
except TypeError as e:
    print('TypeError', e)

r = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
r.add_argument('-f', '--foo', help='old foo')
r.add_argument('--foo', help='new foo')
r.add_argument('-v', help='old v')
r.add_argument('-v', help='new v')
r.print_help()
attempt(r, ['-f', '1', '--foo', '2'])

e = argparse.ArgumentParser(prog='err')
e.add_argument('--a')
for args in (('--a',), ('-h',), ('--b', '--a')):
    try:
        e.add_argument(*args)
    except argparse.ArgumentError as x:
        print('ArgumentError', x)
try:
    argparse.ArgumentParser(conflict_handler='nope')
except ValueError as x:
    print('ValueError', x)

plus = argparse.ArgumentParser(prog='plus', prefix_chars='+/')
plus.add_argument('+f', '++foo', action='store_true')
plus.add_argument('/b', '//bar')
plus.add_argument('-minus')
plus.print_help()
attempt(plus, ['+f', '//bar', 'x', '-minus'])
attempt(plus, ['+h'])
attempt(plus, ['++fo', '/bx'])

nohelp = argparse.ArgumentParser(prog='nohelp', add_help=False)
nohelp.add_argument('--x')
nohelp.print_help()
attempt(nohelp, ['-h'])
empty = argparse.ArgumentParser(prog='empty', add_help=False)
empty.print_help()
print(repr(empty.format_usage()), repr(empty.format_help()))
