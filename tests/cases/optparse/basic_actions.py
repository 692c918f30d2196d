# env: COLUMNS=80
# OptionParser's actions: store (typed), store_const/true/false, append,
# append_const, count, with defaults and leftover arguments.
from optparse import OptionParser

def attempt(parser, argv):
    try:
        values, args = parser.parse_args(argv)
        print(argv, '->', sorted(vars(values).items()), args)
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = OptionParser(prog='basic')
p.add_option('-f', '--file', dest='filename', metavar='FILE')
p.add_option('-n', type='int', default=1)
p.add_option('--ratio', type='float')
p.add_option('--cx', type='complex')
p.add_option('--big', type='long')
p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True)
p.add_option('-v', action='store_true', dest='verbose')
p.add_option('--mode', action='store_const', const='fast')
p.add_option('-a', '--add', action='append')
p.add_option('--tag', action='append_const', const='T', dest='tags')
p.add_option('-c', action='count', dest='level')
p.add_option('--point', nargs=2, type='int')
for argv in ([], ['-f', 'x', 'rest'], ['-fx', '-n5'], ['--file=y', '-n', '0x1f'],
             ['-n', '017', '--big', '0b101'], ['--ratio', '2.5', '--cx', '1+2j'],
             ['-q'], ['-qv'], ['--mode', 'a', '--', '-v'], ['-a', '1', '--add=2'],
             ['--tag', '--tag'], ['-ccc', '-c'], ['--point', '1', '2', 'x'],
             ['a', '-v', 'b'], ['-'], ['--fi', 'abbrev'], ['--poi=3', '4']):
    attempt(p, argv)
