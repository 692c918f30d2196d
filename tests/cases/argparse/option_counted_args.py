# env: COLUMNS=80
# An option with a number of arguments takes that many strings even when
# they look like options; an ambiguous abbreviation is an error only when
# it is read as an option.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_known_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

for nargs in (None, 1, 2, '?', '*', '+', argparse.REMAINDER):
    p = argparse.ArgumentParser(prog='cnt')
    p.add_argument('--o', nargs=nargs, action='append')
    p.add_argument('-z', action='store_true')
    p.add_argument('--long-a')
    p.add_argument('--long-b')
    print('--- nargs', nargs)
    for argv in (['--o', '-z'], ['--o', '-z', '-z'], ['--o', 'a', '-z'],
                 ['--o', '-q'], ['--o', '--', 'x'], ['--o', 'a', '--long'],
                 ['--o', '--long', 'x'], ['--long=1', '--o']):
        attempt(p, argv)
q = argparse.ArgumentParser(prog='pos2')
q.add_argument('pos', nargs=2)
q.add_argument('-z', action='store_true')
for argv in (['a', '-z', 'b'], ['-z', 'a', 'b'], ['a', '--', '-z']):
    attempt(q, argv)
