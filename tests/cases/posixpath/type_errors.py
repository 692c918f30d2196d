# The TypeErrors of posixpath for wrong types and str mixed with bytes.
import posixpath as p

class P:
    def __fspath__(self): return 'pl'

calls = [('join', (1,)), ('join', ('a', 1)), ('join', ('a', b'b')), ('join', (b'a', 'b')), ('join', ('a', None)),
         ('split', (1,)), ('splitext', (None,)), ('basename', (1.5,)), ('dirname', (None,)),
         ('abspath', (1,)), ('isabs', ([],)), ('normcase', (1,)), ('expanduser', (1,)),
         ('expandvars', (1,)), ('realpath', (1,)), ('relpath', (1,)), ('commonpath', (['a', 1],)),
         ('join', ()), ('splitdrive', (3,)), ('ismount', (1.5,)), ('islink', (None,))]
for name, args in calls:
    try:
        print(name, repr(getattr(p, name)(*args)))
    except TypeError as e:
        print(name, 'TypeError', e)
print(p.join(P(), 'x'), p.basename(P()), p.split(P()), p.normcase(P()), p.splitext(P()))
