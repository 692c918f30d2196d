# env: COLUMNS=80
# Parsers and command lines drawn by a seeded generator: each parse's
# values and leftovers, or its error and exit status.
import optparse, random

rng = random.Random(1214)
WORDS = ['a', '-a', '-b', '-ab', '-abv', '--', '--all', '--al', '--all=1',
         '--bee', '--be=2', '-c', '-c3', '-', '--cc', 'x', '-n', '-n5',
         '--num=0x10', '--num', '017', '-z']
for n in range(80):
    p = optparse.OptionParser(prog='o%d' % n,
                              add_help_option=rng.random() < 0.5)
    p.add_option('-a', '--all',
                 action=rng.choice(['store_true', 'count', 'store', 'append']))
    if rng.random() < 0.5:
        p.add_option('-b', '--bee', action='store_false')
    else:
        p.add_option('-b', '--bee', action='append_const', const='K')
    p.add_option('-c', '--cc', nargs=rng.choice([1, 2]),
                 type=rng.choice(['string', 'int']))
    p.add_option('-n', '--num', type=rng.choice(['int', 'float', 'complex']))
    if rng.random() < 0.3:
        p.disable_interspersed_args()
    for k in range(5):
        argv = [rng.choice(WORDS) for _ in range(rng.randint(0, 6))]
        try:
            values, args = p.parse_args(argv)
            print(argv, sorted(vars(values).items()), args)
        except SystemExit as e:
            print(argv, 'exit', e.code)
