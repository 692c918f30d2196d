# Widths and precisions of ten million through every formatting route, and
# requests too large for memory (a MemoryError, at once) or for CPython's
# parser (ValueError, OverflowError).
def digest(s):
    acc = 0
    for i in range(0, len(s), 9973):
        acc = (acc * 31 + ord(s[i]) + i) % 1000000007
    return '%d chars, %r...%r, %d' % (len(s), s[:12], s[-12:], acc)

N = 10 ** 7
cases = [
    ('f-string width', lambda: f'{12345:>{N}}'),
    ('f-string fill', lambda: f'{"é":€^{N}}'),
    ('format() zero pad', lambda: format(-42, f'0{N}')),
    ('format() grouped zeros', lambda: format(7, f'0={N},')),
    ('str.format two fields', lambda: '{0:<{1}}|{0:>{1}}'.format('ab', N // 2)),
    ('str.format text', lambda: 'x{:^{}}y'.format(3.5, N)),
    ('% width', lambda: '%*d' % (N, 99)),
    ('% left', lambda: '%-*s|' % (N, 'left')),
    ('% precision', lambda: '%.*f' % (N, 2.5)),
    ('float .Nf', lambda: f'{1/3:.{N}f}'),
    ('float .Ne', lambda: f'{-1e300:.{N}e}'),
    ('float #.Ng', lambda: f'{2.5:#.{N}g}'),
    ('float .N_f', lambda: f'{0.1:.{N}_f}'),
    ('float .N%', lambda: f'{0.5:.{N}%}'),
    ('complex', lambda: f'{1-2j:.{N}f}'),
    ('str precision', lambda: f'{"abc" * N:.{N}}'),
    ('bytes center', lambda: str(b'mid'.center(N, b'*'))),
    ('bytearray zfill', lambda: str(bytearray(b'-5').zfill(N))),
    ('str rjust', lambda: 'r'.rjust(N, '.')),
]
for name, make in cases:
    print(name, digest(make()))

for name, make in [
    ('width 10**13', lambda: f'{1:>{10**13}}'),
    ('width 10**18', lambda: format('x', '>%d' % 10**18)),
    ('width 10**19', lambda: format(1.5, '>%d' % 10**19)),
    ('str.format width 10**13', lambda: '{:>{}}'.format(2, 10**13)),
    ('% width 10**13', lambda: '%*d' % (10**13, 1)),
    ('% width 10**19', lambda: '%*d' % (10**19, 1)),
    ('% width digits 10**19', lambda: ('%' + '9' * 19 + 'd') % 1),
    ('precision 2**31-1025', lambda: len(format(0.5, '.%df' % (2**31 - 1025))) if False else 'skipped'),
    ('precision 2**31-1024', lambda: format(0.5, '.%df' % (2**31 - 1024))),
    ('precision 2**31', lambda: format(1j, '.%de' % 2**31)),
    ('% precision 2**31', lambda: '%.*f' % (2**31, 1.0)),
    ('bytes center 10**13', lambda: b'x'.center(10**13)),
    ('str zfill 10**13', lambda: 'x'.zfill(10**13)),
]:
    try:
        r = make()
        print(name, 'ok', r if isinstance(r, str) and len(r) < 20 else len(r))
    except Exception as e:
        print(name, type(e).__name__, e)
