# env: COLUMNS=80
# Mutually exclusive groups, required or not, in usage, help and errors.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group()
g.add_argument('--foo', action='store_true', help='foo it')
g.add_argument('--bar', help='bar it')
r = p.add_mutually_exclusive_group(required=True)
r.add_argument('-x', action='store_const', const=1)
r.add_argument('-y', nargs='?', const='C')
r.add_argument('--hide', help=argparse.SUPPRESS)
p.add_argument('file', nargs='?')
for argv in (['-x'], ['-y'], ['-x', '-y'], ['--foo', '--bar', 'b', '-x'],
             ['--bar', 'b', '--foo', '-x'], [], ['--foo'], ['-xy'],
             ['-y', 'v', 'f'], ['--hide', 'h']):
    attempt(p, argv)
p.print_help()

q = argparse.ArgumentParser(prog='mxpos')
g = q.add_mutually_exclusive_group(required=True)
g.add_argument('--one', action='store_true')
g.add_argument('name', nargs='?', default='dflt')
attempt(q, [])
attempt(q, ['--one'])
attempt(q, ['n'])
attempt(q, ['n', '--one'])
q.print_usage()

s = argparse.ArgumentParser(prog='single')
g = s.add_mutually_exclusive_group()
g.add_argument('--only')
g2 = s.add_mutually_exclusive_group(required=True)
g2.add_argument('--must')
s.print_usage()
attempt(s, [])
try:
    g.add_argument('--bad', required=True)
except ValueError as e:
    print('ValueError', e)

t = argparse.ArgumentParser(prog='titled')
grp = t.add_argument_group('output', 'how to write')
mx = grp.add_mutually_exclusive_group()
mx.add_argument('--json', action='store_true')
mx.add_argument('--text', action='store_true')
t.print_help()
attempt(t, ['--json', '--text'])
