# Parsing corner cases: non-ASCII lines, tabs, parameters, slices, literals
# and their SyntaxWarnings (printed by the warnings module), match patterns,
# unclosed f-string fields.


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
    'é = (1 2)',
    'x = "é" +',
    "x = 'é",
    'f"{é b}"',
    'if x:\n\ty = 1\n\tz = 2',
    'if x:\n        y\n\tz',
    'x = 1',
    'def f():\n    x = 1\n    \n    return x',
    'class A:\n    pass\n  ',
    'f"{x',
    'f"{x!r"',
    'f"{x:"',
    'f"{x}" f"{',
    'f"{x:{y:{z:{w}}}}"',
    'f\'{"""a"""}\'',
    'f"{\'\'\'a\\nb\'\'\'}"',
    "f'''{\na\n}'''",
    'x = f"{1}{2}{3}"',
    'rb\'\\x00\' Rb"\\n" bR\'x\' BR"y"',
    "x = 'a' 'b' \\\n    'c'",
    'def f(*, a): pass',
    'def f(a, *, b=1, c): pass',
    'def f(a, /): pass',
    'def f(a=1, /, b=2): pass',
    'lambda a=1, /, b=2, *c, d, **e: 0',
    'x[a:b, c:d]',
    'x[a, b:c]',
    'x[()]',
    'x[...]',
    'x = (yield)',
    'def g():\n    x = yield from f()\n    y = await z',
    'a @= b',
    'a //= b; a **= c; a >>= d; a <<= e; a ^= f; a |= g; a &= h; a %= i',
    'x = [*a, *b]',
    'x = {**a, **b}',
    'x = a if b else c if d else e',
    'x = lambda: lambda: 0',
    'nonlocal_ = global_ = 1',
    "print(end='', sep='')",
    'for i, (a, b) in enumerate(c): pass',
    'for [a, *b] in c: pass',
    'with a as b.c, d as e[0]: pass',
    'async with a as (b, c): pass',
    'try:\n    pass\nexcept Exception:\n    raise',
    'if (n := len(a)) > 10: pass',
    '[y for x in data if (y := f(x))]',
    'def f(a: "str" = \'x\') -> \'int\': pass',
    'class C[T, *Ts, **P]: pass',
    'type A[T: (int, str) = int] = list[T]',
    'x = 1 if 2 else 3 if 4 else 5',
    'assert (x, y)',
    'del x[1:2], y.z',
    'x = not -~+1',
    'x = a ** -b ** c',
    'x = (a for b in c if d if e for f in g)',
    'x = {a for a in b}',
    'x = 1_000_000.000_1e-1_0j',
    'x = 0XFF + 0O17 + 0B1',
    'x = 1. + .1 + 1.e1 + 1e+1 + 1E-1',
    'x = \'\'\'a\'\'\' """b"""',
    "x = 'a\\\nb'",
    'x = "\\N{LATIN SMALL LETTER A}"',
    'x = "\\u00e9\\U0001F600"',
    'x = b"\\777"',
    'x = "\\8"',
    'x = "\\z" "\\q"',
    "x = b'\\u1234'",
    'if x:\n    pass\nelif y:\n    pass\nelif z:\n    pass',
    'while True:\n    break\nelse:\n    x = 1',
    'match command.split():\n    case [action]:\n        pass\n    case [action, obj]:\n        pass\n    case Point(x=0, y=0):\n        print("Origin")\n    case {"text": str(message), "color": c}:\n        pass\n    case [Point(x=0, y=0), *_]:\n        pass\n    case 0 | 1 | 2 as n:\n        pass\n    case -1.5:\n        pass\n    case b"x" | "y" f"" :\n        pass',
    'match x:\n    case (a, b,):\n        pass\n    case [a,]:\n        pass\n    case (a):\n        pass\n    case ((a as b) | c):\n        pass\n    case {1: _, "a": [_, *_], None: x, True: y, -1: z, 1+2j: w, a.b: v}:\n        pass\n',
]:
    show(src, 'exec')
