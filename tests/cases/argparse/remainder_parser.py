# env: COLUMNS=80
# REMAINDER on options and positionals, and the PARSER nargs.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_known_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = argparse.ArgumentParser(prog='rem')
p.add_argument('--exec', nargs=argparse.REMAINDER)
p.add_argument('-v', action='store_true')
for argv in (['--exec', 'ls', '-l', '-v'], ['-v', '--exec'], ['--exec', '--', 'x'],
             ['--exec=a', 'b']):
    attempt(p, argv)
p.print_help()
q = argparse.ArgumentParser(prog='par')
q.add_argument('-v', action='store_true')
q.add_argument('cmd', nargs=argparse.PARSER)
for argv in (['run', '-v', 'x'], ['-v', 'run'], [], ['--', '-v', 'a'], ['-v']):
    attempt(q, argv)
q.print_help()
r = argparse.ArgumentParser(prog='both')
r.add_argument('first')
r.add_argument('rest', nargs='...', help='everything else')
for argv in (['a', 'b', '--c', '-d'], ['a'], ['--x', 'a', 'b']):
    attempt(r, argv)
r.print_help()
