# env: COLUMNS=80
# Sub-commands: aliases, dest, required, help listing, prog, nesting,
# set_defaults on sub-parsers and the errors of each.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = argparse.ArgumentParser(prog='tool', description='A tool.')
p.add_argument('--verbose', action='store_true')
subs = p.add_subparsers(dest='command', help='what to do', required=True)
build = subs.add_parser('build', aliases=['b', 'mk'], help='build things')
build.add_argument('target')
build.add_argument('--jobs', type=int, default=1)
build.set_defaults(handler='do_build')
clean = subs.add_parser('clean', help='remove output')
clean.add_argument('--all', action='store_true')
clean.set_defaults(handler='do_clean')
silent = subs.add_parser('silent')
inner = silent.add_subparsers(title='inner commands', dest='inner')
deep = inner.add_parser('deep', help='deepest')
deep.add_argument('n', type=int)

for argv in (['build', 'x'], ['b', 'x', '--jobs', '3'], ['mk', '--jobs=2', 'y'],
             ['clean'], ['clean', '--all', '--verbose'], ['--verbose', 'clean'],
             [], ['bild'], ['build'], ['build', 'x', 'extra'],
             ['silent', 'deep', '4'], ['silent', 'deep', 'q'], ['silent'],
             ['clean', '-h'], ['silent', '--help'], ['silent', 'deep', '-h'],
             ['build', '--help']):
    attempt(p, argv)
p.print_help()
print(build.prog, deep.prog)
print(p.parse_known_args(['clean', '--zz', 'q']))

q = argparse.ArgumentParser(prog='q')
q.add_argument('pos')
sq = q.add_subparsers(title='commands', description='pick one',
                      metavar='CMD')
sq.add_parser('one', help='first')
sq.add_parser('two', help='second', aliases=['2'])
sq.add_parser('three')
q.print_help()
attempt(q, ['p'])
attempt(q, ['p', 'four'])
attempt(q, ['p', 'two'])
try:
    sq.add_parser('one')
except ValueError as e:
    print('ValueError', e)
try:
    sq.add_parser('four', aliases=['2'])
except ValueError as e:
    print('ValueError', e)
try:
    q.add_subparsers()
except Exception as e:
    print(type(e).__name__, e)
