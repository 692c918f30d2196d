# env: COLUMNS=80
# %-formatting in help: every field of the action, %% escapes, dict and
# None values, types and functions shown by name; bad help strings.
import argparse

def conv(text):
    return text

p = argparse.ArgumentParser(prog='pct')
p.add_argument('--a', default={'k': 1}, help='default %(default)s, %(default)r')
p.add_argument('--b', type=conv, help='type %(type)s, dest %(dest)s')
p.add_argument('--c', nargs=2, help='nargs %(nargs)s, metavar %(metavar)s')
p.add_argument('--d', action='store_const', const=[1, 2], help='const %(const)s')
p.add_argument('--e', choices=[3, 1, 2], help='choices: %(choices)s')
p.add_argument('--f', required=True, help='required %(required)s; 50%% done')
p.add_argument('--g', help='prog %(prog)s, option_strings %(option_strings)s')
p.add_argument('--h2', default=argparse.SUPPRESS, help='suppressed: %(dest)s')
p.add_argument('--i', deprecated=True, help='deprecated %(deprecated)s')
p.print_help()
for bad in ('%(nothere)s', '%', '%(default)d', '50% off'):
    try:
        p.add_argument('--x' + str(len(bad)), help=bad, default='s')
        print(repr(bad), 'accepted')
    except ValueError as e:
        print(repr(bad), 'ValueError', e, type(e.__cause__).__name__)
