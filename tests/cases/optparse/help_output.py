# Help output: descriptions, groups, %default, metavars, suppressed
# options, the version option and both formatters, at several widths.
import os
from optparse import (OptionParser, OptionGroup, SUPPRESS_HELP,
                      SUPPRESS_USAGE, IndentedHelpFormatter,
                      TitledHelpFormatter)

def build(**kw):
    p = OptionParser(prog='helpy', version='%prog 1.0',
                     description='A program that shows how optparse lays out '
                                 'its help text, wrapping a long description.',
                     epilog='Report bugs to nobody; this epilog is long '
                            'enough to wrap as well.', **kw)
    p.add_option('-f', '--file', dest='filename', metavar='FILE',
                 help='write report to FILE [default: %default]',
                 default='out.txt')
    p.add_option('-q', '--quiet', action='store_false', dest='verbose',
                 help="don't print status messages to stdout")
    p.add_option('--a-very-long-option-name', type='int',
                 help='pushes its help to the next line, default %default')
    p.add_option('--secret', help=SUPPRESS_HELP)
    p.add_option('-x', type='choice', choices=['a', 'b'])
    g = OptionGroup(p, 'Dangerous Options',
                    'Caution: use these options at your own risk.  It is '
                    'believed that some of them bite.')
    g.add_option('-g', action='store_true', help='Group option.')
    p.add_option_group(g)
    p.add_option_group('Empty group', 'Only a description here.')
    return p

for cols in ('80', '50', '120'):
    os.environ['COLUMNS'] = cols
    print('=== width', cols)
    build().print_help()
os.environ['COLUMNS'] = '80'
print('=== titled')
build(formatter=TitledHelpFormatter()).print_help()
print('=== indented custom')
f = IndentedHelpFormatter(indent_increment=4, max_help_position=30, width=60,
                          short_first=0)
f.set_long_opt_delimiter(' ')
f.set_short_opt_delimiter('')
build(formatter=f).print_help()
for bad in (lambda: f.set_long_opt_delimiter(':'),
            lambda: f.set_short_opt_delimiter('=')):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
p = build()
try:
    p.parse_args(['--version'])
except SystemExit as e:
    print('exit', e.code)
try:
    p.parse_args(['-h'])
except SystemExit as e:
    print('exit', e.code)
print(p.get_version(), repr(p.format_epilog(p.formatter)))
n = OptionParser(usage=SUPPRESS_USAGE, add_help_option=False, prog='none')
n.print_help()
print(repr(n.get_usage()), n.usage)
n.print_usage()
n.print_version()
