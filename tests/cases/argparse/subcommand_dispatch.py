# env: COLUMNS=80
# Dispatching through set_defaults(func=...), parents shared by
# sub-parsers, and what a sub-parser's defaults do to the namespace.
import argparse

def run_add(args):
    return 'add %s' % args.items

def run_list(args):
    return 'list long=%s' % args.long

common = argparse.ArgumentParser(add_help=False)
common.add_argument('--debug', action='store_true')

p = argparse.ArgumentParser(prog='disp', parents=[common])
p.set_defaults(func=None, level='top')
subs = p.add_subparsers(dest='command')
add = subs.add_parser('add', parents=[common])
add.add_argument('items', nargs='*')
add.set_defaults(func=run_add, level='add')
ls = subs.add_parser('list')
ls.add_argument('-l', '--long', action='store_true')
ls.set_defaults(func=run_list)
for argv in (['add', 'a', 'b'], ['list', '-l'], ['--debug', 'add'], ['add', '--debug'],
             [], ['list']):
    args = p.parse_args(argv)
    print(argv, sorted((k, v if not callable(v) else v.__name__)
                       for k, v in vars(args).items()),
          args.func(args) if args.func else None)
for argv in (['add', 'x', '--zz', 'y'], ['--zz', 'list', '-q']):
    ns, extras = p.parse_known_args(argv)
    ns.func = ns.func.__name__
    print(ns, extras)
