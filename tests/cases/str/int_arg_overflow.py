# Size arguments too large for the C type behind them: the OverflowError
# texts of CPython (C int for expandtabs, C ssize_t for '*' widths and len()).
for v in [-(1 << 70), 1 << 70, 3, -4]:
    for name, f in [("%*d", lambda: '%*d|' % (v, 1)), ("%.*f", lambda: '%.*f' % (v, 1.5)),
                    ("str.expandtabs", lambda: 'a\tb'.expandtabs(v)),
                    ("bytes.expandtabs", lambda: b'a\tb'.expandtabs(v))]:
        try:
            print(name, repr(f()))
        except (OverflowError, ValueError) as e:
            print(name, type(e).__name__, e)
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("len(range)", e)
print(len(range(0, 10 ** 20, 10 ** 19)), range(10 ** 20)[10 ** 19])
try:
    'ab' * (1 << 63)
except OverflowError as e:
    print("repeat", e)
