# env: COLUMNS=80
# parse_intermixed_args and parse_known_intermixed_args against the
# ordinary parsers.
import argparse

def both(parser, argv):
    for fn in (parser.parse_known_args, parser.parse_known_intermixed_args):
        try:
            print(fn.__name__, argv, '->', fn(argv))
        except SystemExit as e:
            print(fn.__name__, argv, 'exit', e.code)

p = argparse.ArgumentParser(prog='mix')
p.add_argument('--foo')
p.add_argument('-v', action='store_true')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
for argv in (['doit', '1', '--foo', 'bar', '2', '3'],
             ['-v', 'doit', '1', '-v', '2'], ['--foo', 'x'],
             ['doit', '--foo', 'x', '1', '--zz', '2'],
             ['doit', '1', '--', '2', '--foo', 'x']):
    both(p, argv)
try:
    print(p.parse_intermixed_args(['a', '1', '--foo', 'f', '2']))
    p.parse_intermixed_args(['a', '1', '--nope'])
except SystemExit as e:
    print('exit', e.code)

q = argparse.ArgumentParser(prog='mix2')
q.add_argument('a', nargs='?')
q.add_argument('b', nargs='+')
q.add_argument('--x', action='append')
for argv in (['1', '--x', 'a', '2', '3', '--x', 'b', '4'], ['--x', 'z', '1']):
    both(q, argv)

r = argparse.ArgumentParser(prog='rem')
r.add_argument('rest', nargs=argparse.REMAINDER)
try:
    r.parse_intermixed_args([])
except TypeError as e:
    print('TypeError', e)
s = argparse.ArgumentParser(prog='grp')
g = s.add_mutually_exclusive_group()
g.add_argument('--a')
g.add_argument('b', nargs='?')
for argv in ([], ['--a', 'x'], ['bb'], ['--a', 'x', 'bb'], ['bb', '--a', 'x']):
    try:
        print(s.parse_intermixed_args(argv))
    except SystemExit as e:
        print('exit', e.code)
t = argparse.ArgumentParser(prog='sub')
t.add_subparsers().add_parser('x')
try:
    t.parse_intermixed_args(['x'])
except TypeError as e:
    print('TypeError', e)
