# Help texts of parsers drawn by a seeded generator, at widths from 15 to
# 100 columns, with three formatter classes.
import argparse, random, os
rng = random.Random(1214)
HELPS = [None, '', 'short', 'a longer help text that will need to wrap around at narrow widths', '%(default)s and %(prog)s', argparse.SUPPRESS]
for n in range(60):
    os.environ['COLUMNS'] = str(rng.choice([15, 30, 45, 60, 80, 100]))
    fc = rng.choice([argparse.HelpFormatter, argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter])
    p = argparse.ArgumentParser(prog=rng.choice(['p', 'prog-name', 'a-much-longer-program-name']), formatter_class=fc,
                                description=rng.choice([None, 'desc text here', 'x ' * 40]))
    for i in range(rng.randint(0, 6)):
        kind = rng.random()
        h = rng.choice(HELPS)
        if kind < 0.5:
            names = rng.choice([['-a'], ['--alpha'], ['-b', '--bravo-option'], ['--c' + 'x' * rng.randint(0, 25)]])
            if any(x in p._option_string_actions for x in names): continue
            p.add_argument(*names, nargs=rng.choice([None, '?', '*', '+', 2]), help=h)
        elif kind < 0.7:
            names = rng.choice([['-f'], ['--flag'], ['-g', '--gflag']])
            if any(x in p._option_string_actions for x in names): continue
            p.add_argument(*names, action='store_true', help=h)
        else:
            p.add_argument('pos%d' % i, nargs=rng.choice([None, '?', '*', '+', 2]), help=h)
    if rng.random() < 0.3:
        g = p.add_mutually_exclusive_group(required=rng.random() < 0.5)
        g.add_argument('--m1', action='store_true', help=rng.choice(HELPS))
        g.add_argument('--m2', help=rng.choice(HELPS))
    if rng.random() < 0.3:
        s = p.add_subparsers(dest='c', help=rng.choice(HELPS), metavar=rng.choice([None, 'CMD']))
        s.add_parser('one', help=rng.choice(HELPS)); s.add_parser('two', aliases=['2'], help='second')
    print('=====', os.environ['COLUMNS'])
    p.print_help()
