# The tokenize module: the tokens of many sources (comments, NL, INDENT and
# DEDENT, f-strings and their doubled braces, continuation lines), exact
# types, untokenize in both modes, the errors.
import io
import tokenize

SRCS = ['def f(a, b=1):  # c\n    """doc\n    x"""\n\n    return a+b  \\\n  + 1\n# end\nx = f"a{{b{x!r:>{w}}c}}d" t"q"\nif x:\n  pass\n', 'x = (1,\n 2)\ny é= 3', 'f"{x:}"', 'f"{x:{w}}"', 'f"{x:{w}d}"', '"abc', '(1', ')', '  x\n y', 'x = $',
 'f"""a{{\nb}}\nc"""', 'if x:\n    pass\n\n# c\n  # d\nelse:\n  y\n', 'x = 1 \\\n + 2', '', '\n', '# only', 'x\n\n\n', 'def f():\n\tpass\n', 'a = """x\ny""" + b\n',
 "f'{a!r}' rb'x' u'y'", 'x = [\n  1,  # c\n  2\n]\n', '@dec\nasync def f(): await x\n', 'x = 0x1f + 1.5j + 1e10', 'f"{x=}"', 'x = 1;\n', 'lambda: (yield)\n',
 'if x:\n  if y:\n    pass\nz\n', 'x = "a\\\nb"', 'print("é", f"{é}")\n', 'class A:\n    def f(self):\n        return 1\n\n\n    x = 2\n']


def tokens(src):
    try:
        return list(tokenize.generate_tokens(io.StringIO(src).readline))
    except (tokenize.TokenError, SyntaxError) as e:
        print('  ', type(e).__name__, e.args)
        return None


for src in SRCS:
    print(repr(src))
    toks = tokens(src)
    if toks is None:
        continue
    for t in toks:
        print('  ', t, tokenize.tok_name[t.exact_type])
    print('   untokenize:', repr(tokenize.untokenize(toks)))
    print('   compat:', repr(tokenize.untokenize((t.type, t.string) for t in toks)))

for data in [b'x = 1\n', b'# -*- coding: latin-1 -*-\nx = "\xe9"\n', b'\xef\xbb\xbfx = 1\n',
             b'#!/bin/sh\n# vim: set fileencoding=utf-8 :\ny\n', b'', b'\n\n# coding: latin-1\n']:
    toks = list(tokenize.tokenize(io.BytesIO(data).readline))
    print(repr(data), [(tokenize.tok_name[t.type], t.string, t.start, t.end) for t in toks])
    print('   ', repr(tokenize.untokenize(toks)))
    print('   ', tokenize.detect_encoding(io.BytesIO(data).readline))

for data in [b'# coding: bogus\n', b'\xef\xbb\xbf# coding: latin-1\n', b'\xff\xfe\n# coding: x\n']:
    try:
        print(tokenize.detect_encoding(io.BytesIO(data).readline))
    except SyntaxError as e:
        print(type(e).__name__, e)

t = tokenize.TokenInfo(tokenize.OP, '+=', (1, 2), (1, 4), 'x += 1\n')
print(t, t.exact_type, t.type, t._fields, tokenize.TokenInfo.__mro__[1].__name__)
print(tokenize.TokenInfo(tokenize.OP, '$', (1, 0), (1, 1), '').exact_type)
print(issubclass(tokenize.TokenError, Exception), sorted(set(tokenize.__all__) - set(tokenize.tok_name.values())))
gen = tokenize.generate_tokens(iter(['x = 1\n', 'y\n']).__next__)
print([t.string for t in gen])
try:
    tokenize.untokenize([(1, 'a', (2, 0), (2, 1), ''), (1, 'b', (1, 0), (1, 1), '')])
except ValueError as e:
    print('ValueError', e)
