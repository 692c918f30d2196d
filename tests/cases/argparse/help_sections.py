# env: COLUMNS=80
# Argument groups: titles, descriptions, empty groups, groups with only
# hidden arguments, a parser description and epilog with %(prog)s.
import argparse

p = argparse.ArgumentParser(prog='sect', description='Top text for %(prog)s.',
                            epilog='Bottom text.')
p.add_argument('pos', help='a positional')
empty = p.add_argument_group('empty')
described = p.add_argument_group('described only', 'This group has no arguments.')
hidden = p.add_argument_group('hidden', 'All hidden.')
hidden.add_argument('--secret', help=argparse.SUPPRESS)
io = p.add_argument_group('input/output', 'Where data goes.')
io.add_argument('-i', '--input', help='read here')
io.add_argument('where', help='a positional in a group')
untitled = p.add_argument_group(description='A group without a title.')
untitled.add_argument('--loose')
p.add_argument('--late', help='added after the groups')
p.print_help()
print(p._action_groups[0].title, p._action_groups[1].title,
      [g.title for g in p._action_groups])
