# args: -h
# env: COLUMNS=80
# --help on a script's own command line: help on stdout, status 0; the
# program name is the script's.
import argparse

parser = argparse.ArgumentParser(description='Counts things.',
                                 epilog='See %(prog)s --help.')
parser.add_argument('--count', type=int, default=1, help='how many [%(default)s]')
parser.add_argument('path', help='%(prog)s reads it')
print('prog is', parser.prog.endswith('.pyc') or parser.prog)
args = parser.parse_args()
print('not reached', args)
