# env: COLUMNS=80
# Unusual strings: empty ones, '-', '--' more than once, '=' in
# positionals, option-like strings with spaces.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_known_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = argparse.ArgumentParser(prog='odd')
p.add_argument('--opt')
p.add_argument('-s')
p.add_argument('items', nargs='*')
for argv in ([''], ['', '--opt', ''], ['-'], ['--opt', '-'], ['--', '--', '--'],
             ['a=b', '--opt=c=d'], ['-s', '-x y'], ['--opt', '--x y'],
             ['-x y'], ['--opt', '-s'], ['-s='], ['--opt='], ['-s', ''],
             ['---'], ['-=x'], ['-='], ['-s=x']):
    attempt(p, argv)
