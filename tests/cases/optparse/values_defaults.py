# env: COLUMNS=80
# Values objects, defaults (string defaults converted unless disabled),
# set_default(s), get_default_values and parse_args(values=...).
import optparse
from optparse import OptionParser, Values

p = OptionParser(prog='vals')
p.add_option('-n', type='int', default='12')
p.add_option('--name', default='x')
p.add_option('--flag', action='store_true')
p.add_option('--list', action='append', default=['a'])
p.add_option('-c', action='count')
p.set_defaults(flag=False, extra='E')
p.set_default('name', 'renamed')
d = p.get_default_values()
print(sorted(vars(d).items()), str(d) == str(d.__dict__))
p.set_process_default_values(False)
print(sorted(vars(p.get_default_values()).items()))
p.set_process_default_values(True)
values, args = p.parse_args(['-n', '3', '--list', 'b', '-cc', 'rest'])
print(sorted(vars(values).items()), args)
mine = Values({'n': 99, 'other': 1})
values, args = p.parse_args(['-c'], values=mine)
print(values is mine, sorted(vars(mine).items()))
print(Values({'a': 1}) == Values({'a': 1}), Values({'a': 1}) == {'a': 1},
      Values({'a': 1}) != {'a': 2}, Values() == 3, str(Values({'z': [1]})))
v = Values({'a': None, 'b': 2})
print(v.ensure_value('a', []), v.ensure_value('b', 5), v.ensure_value('c', 'new'),
      sorted(vars(v).items()))
v._update({'a': 'A', 'zz': 'ignored', 'b': None}, 'careful')
print(sorted(vars(v).items()))
v._update({'zz': 'kept'}, 'loose')
print(sorted(vars(v).items()))
try:
    v._update({}, 'wild')
except ValueError as e:
    print('ValueError', e)
v.read_module('string', 'careful')
print(sorted(vars(v).items()))
bad = OptionParser(prog='bad')
bad.add_option('-n', type='int', default='zz')
try:
    bad.parse_args([])
except optparse.OptionValueError as e:
    print('OptionValueError', e)
print(repr(optparse.NO_DEFAULT), optparse.SUPPRESS_HELP, optparse.SUPPRESS_USAGE)
print(Values().__dict__, optparse.Option('-q').default)
