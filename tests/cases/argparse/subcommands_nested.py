# env: COLUMNS=80
# Three levels of sub-commands: progs, help at each level, errors that
# name the right program.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

top = argparse.ArgumentParser(prog='cloud')
top.add_argument('--region', default='eu')
l1 = top.add_subparsers(dest='service', required=True)
compute = l1.add_parser('compute', help='machines')
l2 = compute.add_subparsers(dest='resource', required=True)
inst = l2.add_parser('instances', aliases=['i'], help='instances')
l3 = inst.add_subparsers(dest='verb', required=True)
create = l3.add_parser('create', help='make one')
create.add_argument('name')
create.add_argument('--size', choices=['s', 'm', 'l'], default='s')
l3.add_parser('list', help='show all')
storage = l1.add_parser('storage', help='buckets')
storage.add_argument('bucket')
for argv in (['compute', 'instances', 'create', 'web'],
             ['--region', 'us', 'compute', 'i', 'list'],
             ['compute', 'i', 'create', 'db', '--size', 'xl'],
             ['compute', 'i'], ['compute'], ['storage'], ['compute', 'disks'],
             ['compute', 'i', 'create', '-h'], ['compute', '-h']):
    attempt(top, argv)
print(create.prog, '|', inst.prog, '|', storage.prog)
