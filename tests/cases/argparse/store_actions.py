# env: COLUMNS=80
# Every storing action: what each leaves in the namespace, with defaults.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = argparse.ArgumentParser(prog='store')
p.add_argument('--name')
p.add_argument('-c', '--const', action='store_const', const=42)
p.add_argument('--yes', action='store_true')
p.add_argument('--no', action='store_false')
p.add_argument('--item', action='append')
p.add_argument('--tag', action='append_const', const='T', dest='items2')
p.add_argument('--more', action='extend', nargs='+', type=int)
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--flag', action=argparse.BooleanOptionalAction, default=True,
               help='flag it')
for argv in ([], ['--name', 'x'], ['--name=y', '-c'], ['--yes', '--no'],
             ['--item', 'a', '--item', 'b'], ['--tag', '--tag'],
             ['--more', '1', '2', '--more', '3'], ['-vvv', '--verbose'],
             ['--no-flag'], ['--flag'], ['--name'], ['--more'],
             ['--more', 'x'], ['-c3'], ['--yes=1'], ['--verb']):
    attempt(p, argv)
p.print_help()
for a in p._actions:
    print(a)
print(p)
