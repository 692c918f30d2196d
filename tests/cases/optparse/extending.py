# env: COLUMNS=80
# Extending optparse as its documentation shows: a new type through
# TYPES/TYPE_CHECKER and a new action through the action tuples.
from copy import copy
from optparse import Option, OptionParser, OptionValueError

def check_pair(option, opt, value):
    try:
        left, right = value.split(':')
        return (int(left), int(right))
    except ValueError:
        raise OptionValueError('option %s: invalid pair value: %r'
                               % (opt, value))

class MyOption(Option):
    TYPES = Option.TYPES + ('pair',)
    TYPE_CHECKER = copy(Option.TYPE_CHECKER)
    TYPE_CHECKER['pair'] = check_pair
    ACTIONS = Option.ACTIONS + ('extend',)
    STORE_ACTIONS = Option.STORE_ACTIONS + ('extend',)
    TYPED_ACTIONS = Option.TYPED_ACTIONS + ('extend',)
    ALWAYS_TYPED_ACTIONS = Option.ALWAYS_TYPED_ACTIONS + ('extend',)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == 'extend':
            values.ensure_value(dest, []).extend(value.split(','))
        else:
            Option.take_action(self, action, dest, opt, value, values, parser)

p = OptionParser(prog='ext', option_class=MyOption)
p.add_option('--range', type='pair', help='a pair like 1:2')
p.add_option('--names', action='extend', help='comma separated')
p.add_option('--ranges', type='pair', action='append')
for argv in (['--range', '1:2'], ['--names', 'a,b', '--names=c'],
             ['--ranges', '1:1', '--ranges', '2:3'], ['--range', 'x']):
    try:
        values, args = p.parse_args(argv)
        print(argv, '->', sorted(vars(values).items()))
    except SystemExit as e:
        print(argv, 'exit', e.code)
p.print_help()
print(MyOption.CHECK_METHODS == Option.CHECK_METHODS, len(Option.CHECK_METHODS),
      Option.ATTRS, Option.ACTIONS, Option.STORE_ACTIONS, Option.TYPED_ACTIONS,
      Option.ALWAYS_TYPED_ACTIONS, Option.CONST_ACTIONS, Option.TYPES,
      sorted(Option.TYPE_CHECKER))
