# Help texts at several widths: wrapping of usage, descriptions, help.
import argparse, os

def build():
    p = argparse.ArgumentParser(
        prog='layout',
        description='This program demonstrates how a long description is '
                    'wrapped to the width of the terminal, word by word.',
        epilog='And the epilog, %(prog)s, comes last.')
    p.add_argument('-a', '--alpha', help='the first letter of the Greek '
                   'alphabet, used as an option with a value ALPHA')
    p.add_argument('--a-much-longer-option-name', metavar='SOMETHING',
                   help='an option whose name pushes its help down a line')
    p.add_argument('-q', action='store_true', help='quiet')
    p.add_argument('--choice', choices=['red', 'green', 'blue'],
                   help='one of %(choices)s, default %(default)s',
                   default='red')
    p.add_argument('--num', type=int, default=7, help='type %(type)s')
    p.add_argument('--hidden', help=argparse.SUPPRESS)
    p.add_argument('--tuple', nargs=2, metavar=('LOW', 'HIGH'))
    p.add_argument('source', help='where to read')
    p.add_argument('dest', nargs='?', help='where to write')
    p.add_argument('others', nargs='*', metavar='OTHER')
    g = p.add_argument_group('extra', 'Options grouped apart with their own '
                             'description.')
    g.add_argument('--level', type=float)
    g.add_argument('--percent', help='100%% sure')
    return p

for cols in ('80', '50', '30', '120'):
    os.environ['COLUMNS'] = cols
    print('=== width', cols)
    p = build()
    p.print_help()
    print(repr(p.format_usage()))
