# ast.parse and what goes through it: modes, type comments, feature_version,
# optimize, literal_eval of text (and its errors), get_source_segment on
# parsed source, and unparse/dump round trips of parsed code.
# lib: callshow
import ast
import sys
from callshow import attempt

sys.stderr = sys.stdout

print(ast.dump(ast.parse('x = 1 + 2')))
print(ast.dump(ast.parse('f(x)', mode='eval'), include_attributes=True))
print(ast.dump(ast.parse('x = 1; y', mode='single')))
print(ast.dump(ast.parse('(int, str) -> list[int]', mode='func_type')))
print(ast.dump(ast.parse(b'x = "\xc3\xa9"')))
print(ast.dump(ast.parse('x = 1 + 2', optimize=1)))
print(ast.dump(ast.parse('x = 1', feature_version=(3, 8))), ast.dump(ast.parse('x = 1', feature_version=10)))
attempt(ast.parse, 'x = 1', feature_version=(2, 7))
attempt(ast.parse, 'x = (', '<mine>')
attempt(ast.parse, '1 +', mode='eval')
attempt(ast.parse, 'x', mode='nope')
attempt(compile, 'x', 'f', 'nope')
attempt(compile, 'x', 'f', 'func_type')

for text in ('1', '-2.5', '+3', '1+2j', '-1-2j', "'s' ", '  [1, (2, 3), {4: {5}}]', '\t(1,)',
             'set()', "b'x'", 'None', 'True', '...', '{1: 2, **x}', 'x', 'f()', '1 + 1',
             '[1, x]', '\n1', '1\n', '-(1)', '- 1', '--1', 'not 1', '1j + 1', "{'a': 1}['a']",
             '(1, [2, {3: f(4)}])', 'set([1])', '1 if 2 else 3', '1_000', '0x10', "f'x'"):
    attempt(ast.literal_eval, text)

source = 'class C:\n    """Doc.\n\n    More."""\n    def m(self, x=(1,\n                   2)):\n        return  x  + 1\n'
tree = ast.parse(source)
print(repr(ast.get_docstring(tree.body[0])))
for node in ast.walk(tree):
    if hasattr(node, 'lineno'):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset,
              repr(ast.get_source_segment(source, node, padded=True)))
print(ast.unparse(tree))
print(ast.compare(tree, ast.parse(ast.unparse(tree))),
      ast.compare(tree, ast.parse(ast.unparse(tree)), compare_attributes=True))

samples = [
    'a = lambda x, /, y=1, *a, z, **k: (x, y)',
    'print(f"{x!r:>{w}} {y:.2f} {{}} {z=}", t"{a} b")',
    'async def f():\n    async with a as b, c:\n        await d\n    return [x async for x in y]',
    'match p:\n    case [1, *_] | {"k": v, **r} if v:\n        pass',
    'type T[X: int = str, *Ys, **P] = dict[X, P]',
    'try:\n    pass\nexcept* (A, B) as e:\n    raise C from e',
    'x = yield\ny = (yield from z)\nw = not (a and b or c)\n',
    'del a[1:2, ::3], b.c\nglobal q\nassert x, "m"',
    '@d\nclass K(B, metaclass=M):\n    x: int = 1\n    def __init__(self): ...',
    'with (open(a) as f, open(b) as g):\n    pass',
    "s = 'a' 'b' f'{c}' \"d\"\nr = rb'\\x' + Rb\"y\"",
    'x = 1 if y else 2 if z else 3\nv = (a := 1, b := 2)',
    'for i, (j, k) in enumerate(x):\n    continue\nelse:\n    break',
    'if a:\n    pass\nelif b:\n    pass\nelse:\n    if c:\n        pass',
    'x = a[b:c], d[e, f:g], h[()], i[(j, k)], l[*m]',
    'print(*a, *b, **c, **d)\nx = {**a, "b": 1}\ny = [*a, *b]',
    'x = -(-1) ** 2 + (~a) @ b // c % d << e >> f & g | h ^ i',
    'x: "Annotated" = 1\n(y): int\nz.a: int',
]
for text in samples:
    tree = ast.parse(text)
    again = ast.unparse(tree)
    print(again)
    print(ast.dump(tree, annotate_fields=False))
    print(ast.compare(tree, ast.parse(again)))
