# env: COLUMNS=80
# BooleanOptionalAction: both spellings, defaults, help, usage, errors.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = argparse.ArgumentParser(prog='bool')
p.add_argument('--color', action=argparse.BooleanOptionalAction,
               help='use colour (default: %(default)s)')
p.add_argument('-c', '--cache', action=argparse.BooleanOptionalAction,
               default=True)
p.add_argument('--must', action=argparse.BooleanOptionalAction, required=True)
p.add_argument('-s', action=argparse.BooleanOptionalAction, default=False)
for argv in (['--must'], ['--no-must', '--color'], ['--must', '--no-color', '--no-cache'],
             ['--must', '-c'], ['--must', '--no-c'], ['--must', '-s'],
             [], ['--must=1'], ['--no-must', '--col']):
    attempt(p, argv)
p.print_help()
print(p._actions[1])
try:
    p.add_argument('--no-thing', action=argparse.BooleanOptionalAction)
except ValueError as e:
    print('ValueError', e)
d = argparse.ArgumentParser(prog='bd', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument('--fast', action=argparse.BooleanOptionalAction, default=False, help='go fast')
d.add_argument('--slow', action=argparse.BooleanOptionalAction, help='go slow')
d.print_help()
