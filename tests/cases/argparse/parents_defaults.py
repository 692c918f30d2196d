# env: COLUMNS=80
# Defaults through parents: the parent's set_defaults, the child's
# overriding ones, argument_default of each, get_default on both.
import argparse

parent = argparse.ArgumentParser(add_help=False, argument_default='P')
parent.add_argument('--p1')
parent.add_argument('--p2', default='given')
parent.set_defaults(shared='parent', p1='from-set')

child = argparse.ArgumentParser(prog='kid', parents=[parent],
                                argument_default='C')
child.add_argument('--c1')
child.set_defaults(shared='child')
print(child.parse_args([]))
print(child.get_default('p1'), child.get_default('shared'),
      parent.get_default('shared'), child.get_default('c1'))
parent.set_defaults(p2='changed later')
print(child.parse_args([]), parent.parse_args([]))
child.set_defaults(p2='child p2')
print(child.parse_args(['--p1', 'x']), parent.parse_args([]))
