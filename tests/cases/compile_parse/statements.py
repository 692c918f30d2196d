# Parsing statements: simple and compound ones, with their positions.


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
    '(a) + b',
    '(a).b',
    '(x) = 1',
    '(x): int = 1',
    'f"{x:}"',
    'if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2',
    'for x in y:\n    pass\nelse:\n    pass',
    'while (x := f()):\n    break',
    'try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nelse:\n    pass\nfinally:\n    pass',
    'try:\n    pass\nexcept* A:\n    pass',
    'try:\n    pass\nexcept A, B:\n    pass',
    'with open(x) as f, g as (a, b):\n    pass',
    'with (open(x) as f, g):\n    pass',
    'with (a, b):\n    pass',
    'with (a):\n    pass',
    '@dec\n@dec2(x)\ndef f[T: int, *Ts, **P](a, /, b: int = 3, *args, c, **kw) -> int:\n    return 1',
    'async def f():\n    async for x in y:\n        await z\n    async with a as b:\n        pass',
    'class C(B, metaclass=M):\n    x: int\n    def m(self): ...',
    'class C[T = int]:\n    pass',
    'type X = int',
    'type X[T] = list[T]',
    'global a, b',
    'x = 1; y = 2;',
    'import a.b.c',
    'from .. import x',
    'raise X from Y',
    'assert x, "msg"',
    'del x',
    'a = b = c',
    'x += 1',
    'return',
    'match = 1',
    'match x:\n    case [1, 2, *_]:\n        pass',
    'print(match, type)',
    'type = 5',
    "'''doc'''",
    'x = """a\nb"""',
    'def f(\n    a,\n    b,\n):\n    pass',
    'x = [\n    1,\n    2\n]',
    'x = 1 + \\\n    2\n',
]:
    show(src, 'exec')
