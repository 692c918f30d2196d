# env: COLUMNS=80
# Defaults: set_defaults, get_default, argument_default (also SUPPRESS),
# string defaults converted by type, and a namespace given by the caller.
import argparse

def attempt(parser, argv, ns=None):
    try:
        print(argv, '->', parser.parse_args(argv, ns))
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = argparse.ArgumentParser(prog='dflt')
p.add_argument('--num', type=int, default='12')
p.add_argument('--lst', type=int, nargs='*', default=['1'])
p.add_argument('--bad', type=int, default='x')
p.add_argument('--opt', nargs='?', type=int, const='5', default='6')
p.set_defaults(extra='E', num='7')
print(p.get_default('num'), p.get_default('extra'), p.get_default('none'))
attempt(p, ['--bad', '1'])
attempt(p, ['--bad', '1', '--opt'])
attempt(p, ['--bad', '1', '--opt', '3', '--lst'])
attempt(p, [])

s = argparse.ArgumentParser(prog='sup', argument_default=argparse.SUPPRESS)
s.add_argument('--a')
s.add_argument('--b', default=None)
s.add_argument('c', nargs='?')
attempt(s, [])
attempt(s, ['--a', '1', 'cc'])
s.print_help()

d = argparse.ArgumentParser(prog='arg', argument_default=0)
d.add_argument('--n', type=int)
d.add_argument('--m', action='count')
attempt(d, [])
attempt(d, ['--m', '--m'])

ns = argparse.Namespace(n=99, other='kept')
attempt(d, [], ns)
print(ns)
class Holder:
    pass
h = Holder()
print(vars(d.parse_args(['--n', '3'], namespace=h)))

a = argparse.ArgumentParser(prog='app')
a.add_argument('--items', action='append', default=['base'])
first = a.parse_args(['--items', 'x'])
second = a.parse_args([])
print(first, second, a.get_default('items'))
n = argparse.Namespace(a=1, b=[2])
print(n, n == argparse.Namespace(a=1, b=[2]), n != argparse.Namespace(a=1),
      'a' in n, 'z' in n, n == 5)
print(argparse.Namespace(**{'with space': 1, 'ok': 2}))
