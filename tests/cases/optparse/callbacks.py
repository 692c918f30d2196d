# env: COLUMNS=80
# Callback options: arguments, values, access to the parser's state
# (rargs, largs, values) and errors raised from a callback.
from optparse import OptionParser, OptionValueError

def record(option, opt_str, value, parser, *args, **kwargs):
    print('callback', str(option), opt_str, repr(value), args,
          sorted(kwargs.items()), parser.largs, parser.rargs)
    setattr(parser.values, option.dest or 'seen', value)

def take_rest(option, opt_str, value, parser):
    setattr(parser.values, option.dest, parser.rargs[:])
    del parser.rargs[:]

def check_even(option, opt_str, value, parser):
    if value % 2:
        raise OptionValueError('%s needs an even number, not %d'
                               % (opt_str, value))
    parser.values.even = value

p = OptionParser(prog='cb')
p.add_option('-r', action='callback', callback=record)
p.add_option('--val', action='callback', callback=record, type='int',
             dest='val', callback_args=(1, 2), callback_kwargs={'k': 'v'})
p.add_option('--pair', action='callback', callback=record, type='string',
             nargs=2, dest='pair')
p.add_option('--rest', action='callback', callback=take_rest, dest='rest')
p.add_option('--even', action='callback', callback=check_even, type='int')
for argv in (['-r'], ['a', '--val', '7', 'b'], ['--pair', 'x', 'y'],
             ['x', '--rest', '-r', 'y'], ['--even', '4'], ['--even', '3'],
             ['--val', 'z']):
    try:
        values, args = p.parse_args(argv)
        print(argv, '->', sorted(vars(values).items()), args)
    except SystemExit as e:
        print(argv, 'exit', e.code)
