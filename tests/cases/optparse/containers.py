# env: COLUMNS=80
# Looking options up and removing them; groups; option_list and
# standard_option_list; destroy.
from optparse import OptionParser, OptionGroup, make_option

class Std(OptionParser):
    standard_option_list = [make_option('--std', action='store_true',
                                        help='standard')]

p = Std(prog='cont', option_list=[make_option('-l', '--listed')],
        version='1')
g = p.add_option_group('Group', 'described')
g.add_option('-g', '--grouped', type='int', help='in group')
print([str(o) for o in p.option_list], [str(o) for o in g.option_list])
print(p.has_option('-g'), p.has_option('--nope'), str(p.get_option('--grouped')),
      p.get_option('-z'), p.get_option_group('-g') is g,
      p.get_option_group('-l'), g.title, g.parser is p)
p.print_help()
p.remove_option('-g')
print(p.has_option('--grouped'), [str(o) for o in g.option_list])
p.remove_option('--listed')
g.set_title('Renamed')
g.set_description('new description')
p.print_help()
values, args = p.parse_args(['--std', 'x'])
print(values.std, args, values.listed, values.grouped)
g2 = OptionGroup(p, 'Second')
print(p.add_option_group(g2) is g2)
p.set_usage('usage: %prog things')
print(p.usage, p.get_usage(), end='')
p.set_usage(None)
print(p.usage)
p.destroy()
print(hasattr(p, 'option_list'), hasattr(p, '_short_opt'))
