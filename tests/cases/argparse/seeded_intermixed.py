# env: COLUMNS=70
# Generated parsers with exclusive groups, sub-commands and
# BooleanOptionalAction, each command line parsed plainly and intermixed.
import argparse, random
rng = random.Random(1214)
NARGS = [None, None, '?', '*', '+', 1, 2]
WORDS = ['a', 'b', '1', '-1', '--', '-x', '-y', '-xy', '--lo', '--long', '--long=v',
         '-xv', '--other', '-', 'c', '-z', '-y1', 'sub', 'cmd', '--flag', '--no-flag', '-x=1']
for n in range(80):
    p = argparse.ArgumentParser(prog='g%d' % n, exit_on_error=False)
    try:
        if rng.random() < 0.3:
            g = p.add_mutually_exclusive_group(required=rng.random() < 0.5)
        else:
            g = p
        g.add_argument('-x', nargs=rng.choice(NARGS), default=rng.choice([None, 'D']))
        p.add_argument('--long', action=rng.choice(['store', 'append', 'count']))
        g.add_argument('--flag', action=argparse.BooleanOptionalAction)
        if rng.random() < 0.5:
            p.add_argument('-y', action='store_true')
        for i in range(rng.randint(0, 2)):
            p.add_argument('p%d' % i, nargs=rng.choice(NARGS))
        if rng.random() < 0.3:
            s = p.add_subparsers(dest='c')
            sp = s.add_parser('sub')
            sp.add_argument('-z', nargs=rng.choice(NARGS))
            sp.add_argument('q', nargs='?')
            s.add_parser('cmd')
    except Exception as e:
        print('build', type(e).__name__, e); continue
    print(p.format_usage(), end='')
    for k in range(6):
        argv = [rng.choice(WORDS) for _ in range(rng.randint(0, 6))]
        for fn in (p.parse_known_args, p.parse_known_intermixed_args):
            try:
                print(' ', fn.__name__, argv, fn(argv))
            except (argparse.ArgumentError, TypeError) as e:
                print(' ', fn.__name__, argv, type(e).__name__, e)
            except SystemExit as e:
                print(' ', argv, 'exit', e.code)
