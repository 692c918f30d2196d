# str.format fields of every built-in type, written straight into the result,
# and of objects with their own __format__.
vals = [0, 1, -7, 2**70, True, 1.5, -0.0, float('nan'), 'abc', 'é€😀', 1+2j, None, [1]]
specs = ['', '>10', '<5', '^9', '=8', '010', '+', ' ', ',', '_', 'x', '#x', 'c', 'e', '.3', '.2f', '%', 's', 'z', '#', '0=12,', '*^12', 'é>7', '.0', '10.3s', 'n', 'd', 'b', 'z.1f', '=', '\x00<3']
for v in vals:
    for sp in specs:
        fmt = '{:' + sp + '}'
        try:
            r = fmt.format(v)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(repr(v), repr(sp), repr(r))
print('{0}{1}{0!r:>6}{x:*^7.2f}|{y!s:.2}'.format(12, 'ab', x=3.14159, y='hello'))
print('{:{w}.{p}f}|{:{}}'.format(2.5, 'q', '>4', w=9, p=2))
class F:
    def __format__(self, spec): return 'F(' + spec + ')'
print('{:abc}{}'.format(F(), F()))
class I(int): pass
print('{:>5}|{}'.format(I(3), I(4)))
