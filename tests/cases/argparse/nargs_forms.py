# env: COLUMNS=80
# Every nargs, for options and positionals, with the `--` marker.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = argparse.ArgumentParser(prog='nargs')
p.add_argument('--two', nargs=2)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--star', nargs='*')
p.add_argument('--plus', nargs='+')
p.add_argument('--one', nargs=1)
p.add_argument('first')
p.add_argument('rest', nargs='*')
for argv in (['a'], ['a', 'b', 'c'], ['--two', 'x', 'y', 'a'], ['--two', 'x'],
             ['--opt', 'a'], ['a', '--opt'], ['--opt=', 'a'], ['--star', 'a'],
             ['--star', '--', 'a'], ['--plus', 'a'], ['a', '--plus'],
             ['--one', '1', 'a'], ['--', '-x', '--', 'y'], ['-x'], [],
             ['a', '-1'], ['a', '--two', '1', '2', 'b', 'c']):
    attempt(p, argv)
p.print_help()

q = argparse.ArgumentParser(prog='rem')
q.add_argument('--x', nargs='?', const='C')
q.add_argument('cmd')
q.add_argument('args', nargs=argparse.REMAINDER)
for argv in (['run', '--x', 'b'], ['--x', 'run', 'a', '-z'],
             ['run', '--', 'a'], ['--x', '--', 'run']):
    attempt(q, argv)
q.print_help()

r = argparse.ArgumentParser(prog='pos')
r.add_argument('a', nargs='?', default='A')
r.add_argument('b', nargs=2)
r.add_argument('c', nargs='+')
for argv in (['1', '2', '3'], ['1', '2', '3', '4'], ['1'], ['1', '2'], []):
    attempt(r, argv)
r.print_usage()
