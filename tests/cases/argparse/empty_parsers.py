# env: COLUMNS=80
# Parsers with nothing, only hidden arguments, only positionals, and
# what they print and accept.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

bare = argparse.ArgumentParser(prog='bare', add_help=False)
bare.print_help()
print(repr(bare.format_help()), repr(bare.format_usage()))
attempt(bare, [])
attempt(bare, ['x'])
attempt(bare, ['-h'])
hidden = argparse.ArgumentParser(prog='hidden', add_help=False)
hidden.add_argument('--secret', help=argparse.SUPPRESS)
hidden.add_argument('pos', nargs='?', help=argparse.SUPPRESS)
hidden.print_help()
attempt(hidden, ['--secret', 's', 'p'])
desc = argparse.ArgumentParser(prog='desc', add_help=False,
                               description='Only a description.')
desc.print_help()
attempt(desc, ['--x'])
