# env: COLUMNS=80
# How sub-commands appear in help and usage: metavar, hidden commands,
# commands without help, required sub-commands without dest.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = argparse.ArgumentParser(prog='git')
p.add_argument('--version', action='version', version='1')
subs = p.add_subparsers(help=argparse.SUPPRESS)
subs.add_parser('init', help='create a repository')
subs.add_parser('status')
subs.add_parser('commit', help='record changes', aliases=['ci'])
p.print_help()
attempt(p, [])

q = argparse.ArgumentParser(prog='req')
qs = q.add_subparsers(required=True)
qs.add_parser('a')
qs.add_parser('b')
attempt(q, [])
q.print_help()

r = argparse.ArgumentParser(prog='meta')
rs = r.add_subparsers(dest='cmd', metavar='COMMAND', required=True,
                      title='commands', description='Things to do.',
                      help='one of the commands')
x = rs.add_parser('x-ray', help='see through', description='X description',
                  epilog='x epilog')
x.add_argument('target', help='what to see')
rs.add_parser('yank', help='pull')
r.print_help()
attempt(r, [])
attempt(r, ['x-ray', '-h'])
attempt(r, ['zulu'])

s = argparse.ArgumentParser(prog='pre')
s.add_argument('first')
s.add_argument('--opt')
ss = s.add_subparsers(dest='cmd')
leaf = ss.add_parser('leaf')
print(leaf.prog)
ss2 = argparse.ArgumentParser(prog='named', usage='%(prog)s custom')
sub2 = ss2.add_subparsers(prog='other prog')
print(sub2.add_parser('c').prog)
