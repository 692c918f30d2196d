# args: --name demo build --fast target1 target2
# env: COLUMNS=80
# parse_args() with no list reads sys.argv; the program name comes from
# the script.
import argparse, sys

p = argparse.ArgumentParser(description='Reads sys.argv.')
p.add_argument('--name')
sub = p.add_subparsers(dest='cmd')
b = sub.add_parser('build')
b.add_argument('--fast', action='store_true')
b.add_argument('targets', nargs='+')
print(p.parse_args())
print(p.parse_known_args())
print(p.prog == b.prog.split()[0], b.prog.endswith(' build'))
sys.argv[1:] = ['--bad']
try:
    p.parse_args()
except SystemExit as e:
    print('exit', e.code)
