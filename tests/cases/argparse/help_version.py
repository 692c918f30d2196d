# env: COLUMNS=80
# The help and version actions: their output stream and exit status.
import argparse, sys

p = argparse.ArgumentParser(prog='hv', description='Shows things.')
p.add_argument('-V', '--version', action='version', version='%(prog)s 2.5')
p.add_argument('--info', action='version', version='info text',
               help='other version')
p.add_argument('--manual', action='help', help='the manual')
for argv in (['-V'], ['--info'], ['--manual'], ['-h'], ['--help', '-V'],
             ['-V', '--bogus']):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print(argv, 'exit', e.code, file=sys.stderr)
        print(argv, 'exit', e.code)

q = argparse.ArgumentParser(prog='ver')
q.version = '9.9'
q.add_argument('--v', action='version')
try:
    q.parse_args(['--v'])
except SystemExit as e:
    print('exit', e.code)
q.print_help()
q.print_usage(sys.stderr)
q.print_help(sys.stderr)
