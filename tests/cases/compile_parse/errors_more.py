# Still more SyntaxErrors: loops, imports, blocks, parameters, f-string
# conversions and fields.


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
    'for x y:\n    pass',
    'for x in:\n    pass',
    'import a.b as c.d',
    'if x: pass elif y: pass',
    'if x:\n    pass\nelse if y:\n    pass',
    'def f(x, y=1, z): pass',
    'lambda x: int: 0',
    'x = (1 for x in y, 2)',
    'def f():\n    yield = 1',
    'with a as b, c as d e: pass',
    'x = [1, 2,, 3]',
    'def f(a, b, /, c, /): pass',
    'class C(metaclass=M, x): pass',
    'f(a for a in b, c for c in d)',
    'print("hello" "world" x)',
    "x = 'a' if True",
    'try:\n    pass\nfinally:\n    pass\nexcept:\n    pass',
    'while x:\npass',
    'def f():\n    """doc"""\n  pass',
    'x = 1\nif x:\n    y = 2\n   z = 3',
    'async = 1',
    'await = 1',
    'def f(*args, *, a): pass',
    'def f(a, *): pass',
    'x = {1: 2, **y, 3}',
    'x.y.z() = 3',
    '[a, b] = [c] = d = 1',
    '(a, *b, *c) = d',
    'f"{x!r=}"',
    'f"{!r}"',
    'f"{x:{}}"',
    'f"{x!z}"',
    'f"{x!rr}"',
    'f"{x! r}"',
    'f"{**x}"',
    'f"{*x}"',
    'f"{x;y}"',
    'f"{x=!}"',
    't"{x" ',
    'raise from x',
    'del',
    'pass x',
    'x = (yield from)',
    'x = {*a: 1}',
    'def f(**k, *a): pass',
    'class C(*a, **k, b): pass',
    'import a as',
    'from a import b as',
    'from import a',
    'global 1',
    'x = 1 ; ; y = 2\n',
]:
    show(src, 'exec')
