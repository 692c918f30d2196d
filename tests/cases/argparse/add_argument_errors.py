# The errors add_argument and the constructors raise for bad definitions.
import argparse, warnings

p = argparse.ArgumentParser(prog='bad')
TRIES = [
    (('--x',), dict(action='nope')),
    (('--x',), dict(type='nope')),
    (('--x',), dict(type=argparse.FileType)),
    (('--x',), dict(nargs=2, metavar=('a',))),
    (('--x',), dict(nargs='*', metavar=('a', 'b', 'c'))),
    (('b',), dict(dest='q')),
    (('b',), dict(required=True)),
    (('--x',), dict(nargs=0)),
    (('--x',), dict(action='append', nargs=0)),
    (('b',), dict(nargs=0)),
    (('x', 'y'), {}),
    (('--x',), dict(nargs='x')),
    (('--x',), dict(action='store_true', nargs=1)),
    (('--x',), dict(prefix='x')),
    (('--x',), dict(const=1)),
    (('--x',), dict(action='append', const=1, nargs=2)),
    (('-',), {}),
    (('--',), {}),
    (('--x',), dict(help='%(nope)s')),
    (('--x',), dict(help='100%')),
    (('--no-x',), dict(action=argparse.BooleanOptionalAction)),
    ((), {}),
    (('-h',), {}),
]
for args, kwargs in TRIES:
    try:
        made = p.add_argument(*args, **kwargs)
        print('made', made)
    except Exception as e:
        print(args, type(e).__name__, e)

for kwargs in (dict(conflict_handler='x'),):
    try:
        argparse.ArgumentParser(**kwargs)
    except Exception as e:
        print(type(e).__name__, e)
g = p.add_argument_group('g')
m = p.add_mutually_exclusive_group()
for nest in (lambda: g.add_argument_group('inner'),
             lambda: m.add_mutually_exclusive_group(),
             lambda: m.add_argument_group('x'),
             lambda: g.add_mutually_exclusive_group(required=True).required):
    try:
        print(nest())
    except ValueError as e:
        print('ValueError', e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    argparse.FileType('r')
    p.add_argument_group('pc', prefix_chars='+')
for w in caught:
    print(w.category.__name__, w.message)

act = argparse.Action(['--a'], 'a')
print(act, act.format_usage())
try:
    act(None, None, None)
except NotImplementedError as e:
    print('NotImplementedError', e)
print(argparse.ArgumentError(None, 'plain'), repr(argparse.ArgumentTypeError('t')))
print(argparse.ArgumentError(act, 'with action').argument_name)
pos = argparse.Action([], 'dst', metavar=('M1', 'M2'))
print(argparse.ArgumentError(pos, 'm'))
print(argparse.ArgumentError(argparse.Action([], argparse.SUPPRESS, choices=['a', 'b']), 'm'))
print(argparse.ArgumentError(argparse.Action([], argparse.SUPPRESS), 'm'))
print(sorted(argparse.__all__))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE,
      argparse.ONE_OR_MORE, argparse.PARSER, argparse.REMAINDER)
