# env: COLUMNS=80
# conflict_handler='resolve' across argument groups and parents: the
# older option loses its strings and leaves the help when it has none.
import argparse

parent = argparse.ArgumentParser(add_help=False, conflict_handler='resolve')
parent.add_argument('-v', '--verbose', action='store_true', help='parent verbose')
parent.add_argument('--level', help='parent level')

p = argparse.ArgumentParser(prog='resg', parents=[parent],
                            conflict_handler='resolve')
grp = p.add_argument_group('tuning')
grp.add_argument('--level', type=int, help='group level')
grp.add_argument('-v', action='count', help='group v')
p.add_argument('-h', '--help', action='store_true', help='not the usual help')
p.print_help()
print(p.parse_args(['-v', '-v', '--verbose', '--level', '3', '-h']))
print([a.option_strings for a in p._actions])
