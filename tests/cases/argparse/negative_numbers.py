# env: COLUMNS=80
# Strings that look like negative numbers: arguments unless the parser
# has options that look like them.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_known_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = argparse.ArgumentParser(prog='neg')
p.add_argument('-x', type=float)
p.add_argument('nums', nargs='*', type=float)
for argv in (['-1', '-2.5'], ['-x', '-1'], ['-x', '-.5', '-3'], ['-1e3'],
             ['-x', '-1e3'], ['--', '-x'], ['-x', '-inf'], ['-x', '- 1']):
    attempt(p, argv)

q = argparse.ArgumentParser(prog='negopt')
q.add_argument('-1', dest='one', action='store_true')
q.add_argument('-x', type=float)
q.add_argument('nums', nargs='*')
for argv in (['-1'], ['-x', '-2'], ['-2'], ['--', '-2'], ['a', '-1', 'b']):
    attempt(q, argv)
