# env: COLUMNS=80
# required=True options and required positionals: which are reported
# missing, in what order, and how they show in usage.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = argparse.ArgumentParser(prog='req')
p.add_argument('--name', required=True, help='needed')
p.add_argument('-o', '--output', required=True, metavar='OUT')
p.add_argument('--flag', action='store_true', required=True)
p.add_argument('src')
p.add_argument('dst', nargs='+', metavar='DEST')
p.add_argument('--opt', required=False)
for argv in ([], ['s'], ['s', 'd'], ['--name', 'n', 's', 'd'],
             ['--name', 'n', '-o', 'x', '--flag', 's', 'd1', 'd2'],
             ['--name', 'n', '-o', 'x', '--flag']):
    attempt(p, argv)
p.print_help()
q = argparse.ArgumentParser(prog='reqdef')
q.add_argument('--x', required=True, default='given')
q.add_argument('y', nargs='?', default='dy')
attempt(q, [])
attempt(q, ['--x', '1'])
