# Deeply nested expressions: parentheses up to CPython's limit of 200 levels,
# long chains of unary operators, attributes, calls and conditionals.
import sys
for n in (30, 60, 100, 199, 201, 1000):
    for src in ('(' * n + ')' * n, '[' * n + ']' * n, '-' * n + '1', 'not ' * n + 'x', 'a' + '.b' * n, 'f' + '()' * n, 'x' + ' if x else x' * n):
        try:
            compile(src, 's', 'eval', 0x400)
            r = 'ok'
        except (SyntaxError, RecursionError, MemoryError) as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(n, src[:12], r)
