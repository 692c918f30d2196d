# env: COLUMNS=80
# Error messages and exit statuses of parse_args.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = argparse.ArgumentParser(prog='errs')
p.add_argument('--int', type=int)
p.add_argument('--float', type=float)
p.add_argument('--pick', choices=['a', 'b'])
p.add_argument('--num', type=int, choices=range(1, 4))
p.add_argument('--req', required=True)
p.add_argument('--foo-bar')
p.add_argument('--foo-baz')
p.add_argument('need')
p.add_argument('need2', nargs='+')

def even(text):
    value = int(text)
    if value % 2:
        raise argparse.ArgumentTypeError('%r is not even' % value)
    return value
p.add_argument('--even', type=even)
for argv in ([], ['x'], ['--req', 'r', 'x'], ['--req', 'r', 'x', 'y', 'z'],
             ['--req', 'r', 'x', 'y', '--int', 'q'],
             ['--req', 'r', 'x', 'y', '--float', '1e'],
             ['--req', 'r', 'x', 'y', '--pick', 'c'],
             ['--req', 'r', 'x', 'y', '--num', '5'],
             ['--req', 'r', 'x', 'y', '--num', '2'],
             ['--req', 'r', 'x', 'y', '--foo', '1'],
             ['--req', 'r', 'x', 'y', '--foo-bar', '1', '--unknown', 'u'],
             ['--req', 'r', 'x', 'y', '--even', '3'],
             ['--req', 'r', 'x', 'y', '--even', 'z'],
             ['--req'], ['--req', 'r', 'x', 'y', '--int']):
    attempt(p, argv)

q = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
q.add_argument('--n', type=int)
q.add_argument('pos')
for argv in (['--n', 'x', 'p'], ['p', 'extra'], [], ['--n']):
    try:
        print(q.parse_args(argv))
    except argparse.ArgumentError as e:
        print('ArgumentError:', e, '|', e.argument_name, '|', e.message)
try:
    q.error('custom message')
except SystemExit as e:
    print('exit', e.code)
try:
    q.exit(3, 'bye\n')
except SystemExit as e:
    print('exit', e.code)
try:
    q.exit()
except SystemExit as e:
    print('exit', e.code)
