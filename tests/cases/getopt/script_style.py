# A program's own option loop, as scripts write it around getopt.
import getopt
import sys


def main(argv):
    try:
        opts, args = getopt.getopt(argv, 'ho:v', ['help', 'output=', 'verbose', 'level=?'])
    except getopt.GetoptError as err:
        print('usage error:', err, file=sys.stderr)
        return 2
    output = None
    verbose = 0
    for o, a in opts:
        if o in ('-v', '--verbose'):
            verbose += 1
        elif o in ('-h', '--help'):
            print('usage: prog [-h] [-o FILE] [-v] args')
            return 0
        elif o in ('-o', '--output'):
            output = a
        elif o == '--level':
            print('level', repr(a))
        else:
            raise AssertionError('unhandled option ' + o)
    print('output', output, 'verbose', verbose, 'args', args)
    return 0


for argv in (['-vv', '-o', 'out.txt', 'a', 'b'], ['--verbose', '--out=x', '--'], ['--help'],
             ['-x'], ['--output'], ['--level', '--level=3', 'z'], ['--verb', 'arg', '-v']):
    print(argv, '->', main(argv))
sys.exit(main(['--nope']))
