# env: COLUMNS=80
# deprecated=True options, positionals and sub-commands warn once;
# suggest_on_error proposes the closest choice.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = argparse.ArgumentParser(prog='dep')
p.add_argument('-o', '--old', action='store_true', deprecated=True)
p.add_argument('--legacy', deprecated=True, help='old way')
p.add_argument('thing', nargs='?', deprecated=True)
subs = p.add_subparsers(dest='cmd')
subs.add_parser('run', deprecated=True, aliases=['go'])
subs.add_parser('walk')
for argv in (['-o'], ['--old', '-o', '--old'], ['--legacy', 'x', 't'], ['t'],
             ['run'], ['go'], ['walk'], ['-o', 't', 'run']):
    attempt(p, argv)
p.print_help()

s = argparse.ArgumentParser(prog='sug', suggest_on_error=True)
s.add_argument('--color', choices=['red', 'green', 'blue'])
s.add_argument('--level', type=int, choices=[1, 2, 3])
cmds = s.add_subparsers(dest='cmd')
cmds.add_parser('commit')
cmds.add_parser('checkout')
for argv in (['--color', 'gren'], ['--color', 'xyz'], ['--level', '4'],
             ['comit'], ['chekout'], ['zzzz'], ['--colour', 'red']):
    attempt(s, argv)
n = argparse.ArgumentParser(prog='nosug')
n.add_argument('word', choices=['alpha', 'beta'])
attempt(n, ['alpah'])
n.suggest_on_error = True
attempt(n, ['alpah'])
