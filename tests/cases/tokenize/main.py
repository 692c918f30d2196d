# cwd: tmp
# python -m tokenize: its table of tokens, -e for exact types, its errors.
import sys
import tokenize

with open('good.py', 'w') as f:
    f.write('def f(a):  # c\n    return a + 1\n\nx = f"{f(1)!r:>4}"\n')
with open('bad.py', 'w') as f:
    f.write('x = "abc\n')
with open('indent.py', 'w') as f:
    f.write('if x:\n    a\n  b\n')

for args in (['good.py'], ['-e', 'good.py'], ['bad.py'], ['indent.py'], ['missing.py']):
    print('--', args)
    sys.stdout.flush()
    try:
        tokenize._main(args)
    except SystemExit as e:
        print('exit', e.code)
    sys.stderr.flush()
    sys.stdout.flush()
