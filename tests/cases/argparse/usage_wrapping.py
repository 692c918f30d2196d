# Usage lines wrapped at several widths: many options, long program
# names, exclusive groups and positionals.
import argparse, os

def build(prog):
    p = argparse.ArgumentParser(prog=prog)
    for name in ('alpha', 'beta', 'gamma', 'delta', 'epsilon'):
        p.add_argument('--' + name, metavar=name.upper() * 2)
    g = p.add_mutually_exclusive_group()
    g.add_argument('--json', action='store_true')
    g.add_argument('--yaml', action='store_true')
    g.add_argument('--xml-output-format-long', metavar='XMLFORMAT')
    p.add_argument('-v', action='count')
    p.add_argument('input', nargs='+')
    p.add_argument('output')
    p.add_argument('extra', nargs='*')
    return p

for cols in ('100', '60', '40', '25'):
    os.environ['COLUMNS'] = cols
    for prog in ('short', 'a_rather_long_program_name_for_usage'):
        print('=== width', cols, prog)
        build(prog).print_usage()

os.environ['COLUMNS'] = '50'
p = argparse.ArgumentParser(prog='onlypos')
for name in ('first_positional', 'second_positional', 'third_positional'):
    p.add_argument(name)
p.print_usage()
q = argparse.ArgumentParser(prog='onlyopt', add_help=False)
for name in ('first-option', 'second-option', 'third-option'):
    q.add_argument('--' + name)
q.print_usage()
r = argparse.ArgumentParser(prog='x' * 60)
r.add_argument('--aa')
r.add_argument('pos')
r.print_usage()
