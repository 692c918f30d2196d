# env: COLUMNS=80
# Tuple metavars for each nargs: which lengths are accepted and how
# they show in usage and help.
import argparse

p = argparse.ArgumentParser(prog='tup')
for nargs in (None, '?', '*', '+', 1, 2, 3, argparse.REMAINDER, argparse.PARSER):
    for meta in (('A',), ('A', 'B'), ('A', 'B', 'C')):
        try:
            p.add_argument('--o%s%d' % (str(nargs).replace('.', 'r').replace('?', 'q')
                                        .replace('*', 's').replace('+', 'p'), len(meta)),
                           nargs=nargs, metavar=meta)
            print(nargs, meta, 'ok')
        except ValueError as e:
            print(nargs, meta, 'ValueError', e)
p.print_help()
p.print_usage()
q = argparse.ArgumentParser(prog='pos')
q.add_argument('pair', nargs=2, metavar=('X', 'Y'), help='two')
q.add_argument('maybe', nargs='?', metavar='M')
q.print_help()
try:
    q.parse_args(['1'])
except SystemExit as e:
    print('exit', e.code)
