# env: COLUMNS=70
# Parsers and command lines drawn by a seeded generator: every parse's
# result or error, and each parser's usage.
import argparse, random

rng = random.Random(1214)
NARGS = [None, None, '?', '*', '+', 1, 2, argparse.REMAINDER]
ACTIONS = ['store', 'store_true', 'count', 'append', 'store_const', 'extend']
WORDS = ['a', 'b', '1', '-1', '--', '-x', '-y', '-xy', '--lo', '--long',
         '--long=v', '-xv', '--other', '-', 'c=d', '-z', '--lon', '-y1']

def make_parser(n):
    p = argparse.ArgumentParser(prog='gen%d' % n, exit_on_error=False,
                                allow_abbrev=rng.random() < 0.7)
    used = set()
    for i in range(rng.randint(0, 4)):
        names = rng.choice([['-x'], ['-y'], ['-z'], ['--long'], ['--lonely'],
                            ['-x', '--long'], ['--other']])
        if used & set(names):
            continue
        used.update(names)
        action = rng.choice(ACTIONS)
        kw = {'action': action}
        if action in ('store', 'append', 'extend'):
            kw['nargs'] = rng.choice(NARGS[:-1] if action != 'extend' else ['+', '*'])
            if kw['nargs'] == '?':
                kw['const'] = 'C'
        elif action == 'store_const':
            kw['const'] = 'K'
        p.add_argument(*names, **kw)
    for i in range(rng.randint(0, 3)):
        nargs = rng.choice(NARGS)
        if nargs == argparse.REMAINDER and i < 2:
            nargs = None
        p.add_argument('p%d' % i, nargs=nargs)
    return p

for n in range(60):
    p = make_parser(n)
    print(p.format_usage(), end='')
    for k in range(5):
        argv = [rng.choice(WORDS) for _ in range(rng.randint(0, 5))]
        for fn in (p.parse_known_args, p.parse_args):
            try:
                print('  ', fn.__name__[6:], argv, '->', fn(argv))
            except argparse.ArgumentError as e:
                print('  ', fn.__name__[6:], argv, 'error:', e)
            except SystemExit as e:
                print('  ', fn.__name__[6:], argv, 'exit', e.code)
