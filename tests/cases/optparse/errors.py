# env: COLUMNS=80
# Command-line errors: unknown, ambiguous, missing and invalid values;
# usage on stderr and status 2.
from optparse import OptionParser

def attempt(parser, argv):
    try:
        values, args = parser.parse_args(argv)
        print(argv, '->', sorted(vars(values).items()), args)
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = OptionParser(prog='errs', usage='%prog [opts] files')
p.add_option('-n', type='int')
p.add_option('--float', type='float')
p.add_option('--complex', type='complex')
p.add_option('--choice', choices=['a', 'b'])
p.add_option('--verbose', action='store_true')
p.add_option('--version-file')
p.add_option('--pair', nargs=2)
for argv in (['-x'], ['--nope'], ['--ver'], ['-n'], ['-n', 'abc'],
             ['--float', 'x'], ['--complex', 'j1'], ['--choice', 'c'],
             ['--verbose=1'], ['--pair', 'one'], ['-n', '08'], ['-vn']):
    attempt(p, argv)
try:
    p.error('custom problem')
except SystemExit as e:
    print('exit', e.code)
try:
    p.exit(4, 'leaving\n')
except SystemExit as e:
    print('exit', e.code)
q = OptionParser(usage='usage: %prog ARGS', prog='q2')
print(repr(q.usage), repr(q.get_usage()))
q.print_usage()
