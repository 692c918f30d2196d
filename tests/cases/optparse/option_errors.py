# The OptionError texts for bad option definitions and conflicts.
from optparse import (OptionParser, Option, make_option, OptionError,
                      OptionConflictError, OptParseError, BadOptionError,
                      OptionValueError)
import optparse

TRIES = [
    ((), {}),
    (('-',), {}),
    (('x',), {}),
    (('-xy',), {}),
    (('---x',), {}),
    (('--x',), dict(bogus=1, other=2)),
    (('--x',), dict(action='nope')),
    (('--x',), dict(type='nope')),
    (('--x',), dict(type=int)),
    (('--x',), dict(type=str)),
    (('--x',), dict(type=float, action='count')),
    (('--x',), dict(type='choice')),
    (('--x',), dict(choices='ab')),
    (('--x',), dict(type='int', choices=['a'])),
    (('--x',), dict(const=1)),
    (('--x',), dict(action='count', nargs=2)),
    (('--x',), dict(action='callback', callback='no')),
    (('--x',), dict(action='callback', callback=print, callback_args=[1])),
    (('--x',), dict(action='callback', callback=print, callback_kwargs=[1])),
    (('--x',), dict(callback=print)),
    (('--x',), dict(callback_args=(1,))),
    (('--x',), dict(callback_kwargs={})),
    (('-a', '--all-things'), dict(action='store_true')),
    (('-b',), dict(type='float', default=1.5)),
]
for args, kwargs in TRIES:
    try:
        o = Option(*args, **kwargs)
        print(args, 'ok', str(o), o.action, o.type, o.dest, o.nargs,
              o.default, o.takes_value(), o.get_opt_string())
    except (OptionError, TypeError) as e:
        print(args, type(e).__name__, e)

p = OptionParser(prog='conf')
p.add_option('-a', '--all')
for args in (('-a',), ('--all', '-b'), ('-c', '--all')):
    try:
        p.add_option(*args)
    except OptionConflictError as e:
        print('OptionConflictError', e)
r = OptionParser(prog='res', conflict_handler='resolve')
r.add_option('-a', '--all', help='first')
r.add_option('-a', help='second')
r.add_option('--all', help='third')
r.print_help()
for bad in (lambda: p.add_option(5), lambda: p.add_option(Option('-z'), x=1),
            lambda: p.add_option_group(5),
            lambda: p.add_option_group(optparse.OptionGroup(r, 't')),
            lambda: OptionParser(conflict_handler='x'),
            lambda: p.remove_option('--nope')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(make_option is Option, sorted(optparse.__all__))
for e in (OptParseError('m'), BadOptionError('-q'),
          optparse.AmbiguousOptionError('--a', ['--ab', '--ac']),
          OptionValueError('v'), OptionError('m', Option('-q')),
          OptionError('m', None)):
    print(type(e).__name__, str(e), e.__class__.__mro__[1].__name__)
