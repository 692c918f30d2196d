# literal_eval (and ast.parse in 'eval' mode) of text that ends before an
# expression does: where the SyntaxError points.
import ast

for text in ['', ' ', '\t', '\n', '\n\n', '1 +', ' 1 +', '1 +\n', '[1,', '-', 'not', '# c',
             '1 + # c', '(', 'x.']:
    for f in (ast.literal_eval, lambda s: ast.parse(s, mode='eval')):
        try:
            f(text)
        except SyntaxError as e:
            print(repr(text), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno,
                  e.end_offset, repr(e.text))
        except ValueError as e:
            print(repr(text), 'ValueError', e)
