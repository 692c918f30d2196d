# More SyntaxErrors: the parser's guesses at what was meant ('==' for '=',
# a missing comma, 'from ... import'), arguments, parameters, targets.


def dump(node):
    if isinstance(node, list):
        return '[' + ', '.join(dump(x) for x in node) + ']'
    if not hasattr(node, '_fields'):
        return repr(node)
    parts = ['%s=%s' % (f, dump(getattr(node, f, None))) for f in node._fields]
    if hasattr(node, 'lineno') and 'lineno' in node._attributes:
        parts.append('@%s:%s-%s:%s' % (node.lineno, node.col_offset,
                                       node.end_lineno, node.end_col_offset))
    return '%s(%s)' % (type(node).__name__, ', '.join(parts))


def show(src, mode='eval'):
    try:
        tree = compile(src, '<s>', mode, 0x400)
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))
        return
    print(repr(src), '->', dump(tree))


for src in [
    'if x = 1:\n    pass',
    'while x = 1: pass',
    'import a from b',
    'def f:\n    pass',
    'class = 1',
    'def class(): pass',
    'x = 1 +* 2',
    'a = 1 if b',
    '[x, y for x, y in z]',
    'for x in range(10)\n    pass',
    'del 1 + 2',
    'else:\n    pass',
    'x = (1, 2\ny = 3',
    'f(x=1, x)',
    'f(*)',
    'f(**)',
    'a = b +',
    'def f(a, a=1, *, b): pass',
    'def f(**a, b): pass',
    'def f(a, *b, *c): pass',
    'def f(a, /, b, /): pass',
    'def f(*a, /): pass',
    'def f(/): pass',
    'lambda *a, /: 0',
    'def f(*a=1): pass',
    'def f(**a=1): pass',
    'x = [1, 2, 3',
    'print(f"{x")',
    'x = "abc" "def',
    'x = 1 if True else',
    'if True:\n    x = 1\n     y = 2',
    'try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass',
    'with open(x) as f\n    pass',
    "x = {'a' 1}",
    "x = {'a': 1 'b': 2}",
    '@decorator\nx = 1',
    'return x y',
    'x = a.',
    'x = a..b',
    'from . import *, a',
    'from x import (a, b',
    'nonlocal x = 1',
    'global x, ',
    'assert x y',
    'raise X Y',
    'x = not',
    'x = - ',
    'async def f():\n    await',
    'f(a for a in b for)',
    'x = [i for i in]',
    'x = (i for i in range(3) if)',
    'if x:\n    pass\nelif:\n    pass',
    'x = 1 = 2',
    '(a, b) += 1',
    '[a, b] += 1',
    'a.b += 1',
    'x = 3 ** ',
    '`x`',
    'x = 5 $ 3',
    'x = ?',
    'a = !b',
    'a = 1 <> 2',
    'in x',
    "x = 'a' + + ",
    'class C(x for x in y): pass',
    'x = yield x = 1',
    'def f(x) -> : pass',
    'x: = 1',
    'x = lambda: yield',
    'def f[T: int = str, U](): pass',
    'case x:\n    pass',
    'match x:\n  case 1:\n    pass\n  else:\n    pass',
    'match x:\ncase 1: pass',
    'x = 1 if y else pass',
    'def f(a, b=2, c): pass',
    'f(a, b for b in c)',
    'f(a=1 for a in b)',
    'x = {**a: 1}',
    'x = {a: *b}',
    'x = [**a]',
    'print(**a, *b)',
    'x = (*a)',
    'x = *a',
    'del *a',
    'del (*a,)',
    'for *a in b: pass',
    'x = a if b else *c',
    'f(**a=1)',
    'f(a.b=1)',
    'f(a[0]=1)',
    'f("a"=1)',
    'f(a, b=1, c)\n',
]:
    show(src, 'exec')
