# env: COLUMNS=80
# Metavars (strings, tuples, choices), custom usage, %(prog)s in texts,
# empty and suppressed help, long names that push help to its own line.
import argparse

p = argparse.ArgumentParser(prog='meta', usage='%(prog)s [options] FILE',
                            description='Uses %(prog)s in the text.')
p.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'), help='a pair')
p.add_argument('--many', nargs='+', metavar=('FIRST', 'REST'))
p.add_argument('--some', nargs='*', metavar=('A', 'B'))
p.add_argument('--mode', choices=['fast', 'slow'], help='mode: %(choices)s')
p.add_argument('--mode2', choices=['fast', 'slow'], metavar='M')
p.add_argument('--level', type=int, choices=range(3))
p.add_argument('--empty', help='')
p.add_argument('--spaces', help='   ')
p.add_argument('--%', dest='percent', help='percent sign %%')
p.add_argument('-s', '--short-and-a-quite-long-option', metavar='SOMETHING_LONG', help='pushes down')
p.add_argument('file', metavar='FILE', help='the file %(metavar)s')
p.add_argument('hidden', nargs='?', help=argparse.SUPPRESS)
p.add_argument('choice', choices=['x', 'y'], nargs='?', help='pick %(choices)s, default %(default)s')
p.print_help()
p.print_usage()
try:
    p.parse_args([])
except SystemExit as e:
    print('exit', e.code)

q = argparse.ArgumentParser(prog='meta2')
q.add_argument('--flag', action='store_true', help='for %(prog)s, dest %(dest)s, default %(default)s, const %(const)s')
q.add_argument('--typed', type=float, help='type %(type)s required %(required)s nargs %(nargs)s')
q.add_argument('pos', nargs=argparse.REMAINDER)
q.add_argument('--sup', metavar=argparse.SUPPRESS, help='metavar suppressed')
q.print_help()

r = argparse.ArgumentParser(prog='onlypos', usage=argparse.SUPPRESS)
r.add_argument('x')
r.print_help()
try:
    r.parse_args([])
except SystemExit as e:
    print('exit', e.code)
