# env: COLUMNS=80
# Other prefix characters: '+', '/', mixed; help options follow them;
# negative numbers and '--' with them.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_known_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

plus = argparse.ArgumentParser(prog='plus', prefix_chars='+')
plus.add_argument('+x', type=int)
plus.add_argument('++long', action='store_true')
plus.add_argument('items', nargs='*')
plus.print_help()
for argv in (['+x', '1', '-1'], ['++lo', 'a', '-b'], ['++', '+x'], ['+x=3'], ['+h']):
    attempt(plus, argv)
mixed = argparse.ArgumentParser(prog='mixed', prefix_chars='-+')
mixed.add_argument('-a', action='store_true')
mixed.add_argument('+a', dest='plus_a', action='store_true')
mixed.add_argument('--both', '++both', dest='both')
mixed.print_help()
for argv in (['-a', '+a'], ['++both', 'v'], ['--both=w'], ['+-both', 'x']):
    attempt(mixed, argv)
slash = argparse.ArgumentParser(prog='slash', prefix_chars='/')
slash.add_argument('/v', action='count')
slash.add_argument('//out')
slash.add_argument('file')
slash.print_help()
for argv in (['/v', '/v', 'f'], ['//out', 'o', '-f'], ['/vv', 'f'], ['/h']):
    attempt(slash, argv)
try:
    plus.add_argument('-minus')
except ValueError as e:
    print('ValueError', e)
