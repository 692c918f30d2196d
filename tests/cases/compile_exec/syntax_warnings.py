# The SyntaxWarnings compile() gives while generating code (is with a
# literal, calling or subscripting a literal, asserting a tuple), and the
# SyntaxError they become under the 'error' filter.
import warnings

SOURCES = ['assert (x, "m")', 'x is 1', 'x is not "a"', '"a"()', '(1, 2)(3)', '[1][0]',
           '{1}[0]', '[1, 2]["a"]', '(1,2)[1.5]', 'f"{x}"()', '1 is x', 'x == 1 is 2',
           '() is x', 'x is ...', 'x is -1', 'x is (1, 2)', 'x is (a, b)', '5(1)',
           'lambda: 1 is 1', 'None[1]', '(a, b)["x"]', '"abc"[1.5]', 'b"x"["y"]',
           '(lambda: 1)[0]', '[x for x in y]["k"]', 'f"{a}"["b"]', 't"{a}"()',
           '(i for i in x)()', 'x[1]["a"]', 'def f():\n    return 1 is x', 'x = [1][1:2]']
for src in SOURCES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        compile(src, 'w.py', 'exec')
    for w in caught:
        print(repr(src), w.category.__name__, w.message, w.filename, w.lineno)
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(src, 'w.py', 'exec')
        except SyntaxError as e:
            print('  error:', e.msg, e.lineno, e.offset, e.end_offset)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('default')
    for k in range(3):
        compile('x is 1', 'same.py', 'exec')
print(len(caught))
