# GetoptError: its message, .msg, .opt, args and repr for each kind of
# mistake, from both parsers.
import getopt

CASES = [
    (['-ab'], 'ab:', []),
    (['-c'], 'ab:', []),
    (['-b'], 'b:', []),
    (['--fo'], '', ['foo', 'foobar']),
    (['--fo=1'], '', ['foo=', 'foo']),
    (['--foo=1'], '', ['foo']),
    (['--bar'], '', ['bar=']),
    (['--baz'], '', ['bar=']),
    (['-+'], 'ab', []),
    (['-:'], 'a:', []),
    (['-a:'], 'a', []),
    (['--=x'], '', []),
    (['---x'], '', []),
    (['--x'], '', ['']),
    (['x', '-z'], 'a', []),
]
for args, shortopts, longopts in CASES:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(fn.__name__, args, fn(args, shortopts, longopts))
        except getopt.GetoptError as e:
            print(fn.__name__, args, repr(e), '|', e, '|', e.msg, '|', e.opt, '|', e.args)

print(getopt.error is getopt.GetoptError, getopt.GetoptError.__mro__)
print(sorted(getopt.__all__))
for made in (getopt.GetoptError('m'), getopt.GetoptError('m', 'o'),
             getopt.GetoptError(msg='m', opt='o')):
    print(repr(made), str(made), made.msg, repr(made.opt), made.args)
print(repr(getopt.GetoptError.msg), repr(getopt.GetoptError.opt))
try:
    getopt.GetoptError('m', 'o', 'x')
except TypeError as e:
    print('TypeError')
try:
    getopt.getopt(['-a'], None)
except Exception as e:
    print(type(e).__name__, e)
try:
    raise getopt.GetoptError('bad option', 'q')
except getopt.error as e:
    print('caught', e.opt)
