"""Writes cases that run the ast module over trees CPython parsed.

    tools/python3.14 tests/gen/ast_trees.py OUTDIR

CPython parses each source below (snippets covering every kind of node and
the awkward spots of unparse: precedence, string quoting, f- and t-strings,
docstrings, type parameters, patterns) and some modules of cipy's own lib/.
Each case gets the tree as the code of constructor calls (so no parser is
needed to run it) with the source text, and prints what ast.unparse, dump
(in its variants), repr, walk, compare, get_source_segment and
get_docstring make of it: in full for the snippets, as digests for the
modules.
"""
import ast
import math
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SNIPPETS = {
    'simple': r'''
x = 1
x, y = y, x
a = b = c = [1, 2.5, 3j, 'x', b'y', None, True, ...]
del a[0], b.c
x += 1; y //= 2; z **= 3; w @= m; v >>= 1
assert x, 'message'
global g1, g2
pass
import os, sys as system
from . import a
from ..pkg.mod import (b as c, d)
from __future__ import annotations
raise
raise E from None
print(*args, sep='', **kwargs)
x: int
(y): str = 'a'
z.w: list[int] = []
''',
    'precedence': r'''
a = -x ** 2
b = (-x) ** 2
c = x ** -y
d = (a ** b) ** c
e = a ** b ** c
f = (a + b) * c - d / (e - f)
g = a - (b - c) + (d + e)
h = not a and (b or c) or not (d and e)
i = (a if b else c) if d else (e if f else g)
j = lambda: (yield)
k = (lambda x: x)(1)
l = [x for x in (a, b) if (y := x)]
m = (a < b) < c
n = a < b < c == d is not e not in f
o = ~(a | b) & c ^ d << 2 >> e
p = (await x) if y else z
q = (yield x)
r = 1 .real + 1.5.imag + (1).bit_length()
s = x[a:b, c:d:e, ::2]
t = x[(a, b)]
u = x[()]
v = (a, *b, *(c or d))
w = {**a, 'b': 1, **(c or d)}
y = f(*(a or b), **(c or d))
z = (x := 5) + 1
''',
    'strings': r'''
a = 'plain'
b = "it's"
c = 'say "hi"'
d = 'both \' and "'
e = """triple ' and " quotes"""
f = 'line\nbreak\ttab\x00nul\\'
g = u'unicode kind'
h = b'\x00bytes\xff'
i = 'éñ漢字 \U0001f600 \u200b'
j = f'{x}'
k = f'{x!r:>10} and {y!s} and {z!a:{width}.{precision}}'
l = f"{'quoted'}"
m = f'{x["key"]}'
n = f"""{x}
multi"""
o = f'{{braces}} {x}'
p = f'{ {1: 2}[1] }'
q = f'{x=}'
r = f'{3.14:.2f}' f'tail' 'and more'
s = f'{a!r}{b:{c}}'
t = t'{x} template {y!r:>4}'
u = f"""{'a'}{"b"}"""
v = f'{x:\'}'
w = rb'raw\bytes'
''',
    'statements': r'''
if a:
    pass
elif b:
    x = 1
elif c:
    pass
else:
    y = 2
while x:
    break
else:
    continue
for i, j in pairs:
    pass
else:
    pass
with open(f) as g, lock:
    pass
try:
    pass
except ValueError as e:
    pass
except (TypeError, KeyError):
    raise
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* OSError as eg:
    pass
try:
    x
finally:
    y
''',
    'functions': r'''
"""Module docstring."""

@decorator
@other(1, 2)
def f(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> int:
    """Docstring with 'quotes' and "double" ones."""
    nonlocal x
    return a

async def g(*, k):
    await h()
    async for x in y:
        pass
    async with z as w:
        pass
    return [i async for i in q]

def h(a, /):
    yield
    yield from b
    x = yield c

class C(Base, metaclass=Meta):
    """Class docstring
    over two lines.
    """
    attr: int = 0

    def method(self):
        def inner():
            pass
        return lambda x, *y, z=1, **w: x

class D:
    pass

class E():
    "'single quoted'"

def k():
    'ends with quote"'

def l():
    """ends with triple\""""
''',
    'typeparams': r'''
type Alias = int
type Pair[T] = tuple[T, T]
type Default[T = int, *Ts = *tuple[int], **P = [int]] = T
def f[T: (int, str), U: Bound, *Ts, **P](x: T) -> U: pass
class C[T = int](Generic[T]): pass
''',
    'match': r'''
match command.split():
    case [action]:
        pass
    case [action, obj, *rest]:
        pass
    case ['go', ('north' | 'south') as direction] if direction:
        pass
    case {'x': 1, 'y': y, **rest}:
        pass
    case {**rest}:
        pass
    case Point(x=0, y=0) | Point(1, 2, z=3):
        pass
    case Point():
        pass
    case None | True | False:
        pass
    case -1 | 1.5 | 2 + 3j | -2 - 3j | b'x' | a.b.c:
        pass
    case [*_] | (x as y):
        pass
    case _:
        pass
''',
    'comprehensions': r'''
a = [x * y for x in range(3) if x for y in range(x) if y if not x]
b = {x for x in y}
c = {k: v for k, v in items.items()}
d = (x for x in y)
e = f(x for x in y)
f = [(x, y) for x, y in z]
g = {(a, b): [c, d] for (a, b), (c, d) in e}
h = [x for x in (lambda: y)()]
i = [x for x in a if (b if c else d)]
j = [*a, *b]
k = {*()}
l = set()
m = {}
n = ()
o = (1,)
p = [[]]
''',
    'numbers': r'''
a = 1e999
b = -1e999
c = 1e999j
d = 0x_ff + 0o17 + 0b101 + 1_000_000
e = 1.0 + 2.5e-10 + .5 + 5.
f = 10 ** 100
''',
    'tricky': r'''
a = f"{f'{x}'}" + f'{x:{y}}' + f"\n{x}\t" + f"{'\n'}"
b = f"""{x!r}\'\'\'{y}""" + f'{"a" if x else "b"}' + f'{x:{"<" if y else ">"}10}'
c = f'{await x}' + f'{(yield)}' + f'{x, y}' + f'{[x for x in y]}'
d = f'{(lambda: 1)}' if False else f'{(lambda: 1)()}'
x = *a, *b
for x in *a, *b:
    print((yield))
def g():
    return *a, b
e = {*a}
f = a[(b := 1)]
del (a, b), [c, d]
a, *b = c
[a, b] = c
with a as (b, c):
    pass
g = [y for x in (z := w)]
h = lambda: a if b else c
i = (lambda: a) if b else c
j = not a and b
k = a if not b else c
l = -1 ** 2 + (-1) ** 2 + 2 ** -1 + (2 ** 3) ** 4
m = 1.0.real + (1).real + 0 .real + 1e5.real + 1j.imag
n = not a == b
o = (a, b) = c
p = x if (y if z else w) else v
q = [i async for i in a if await i]
r = a < (b < c)
s = (a or b) and (c and d) or (not e)
t = -(a ** b) + (-a) ** b + (a + b) ** (c + d)
u = (await a) ** b
v = a[1:2][::3][x:y:z]
w = {1: lambda x: x, **{}}
y = a @ (b @ c) @ d
z = (a := b)
print(a, (b := c), d=(e := f))
assert (yield)
class A(metaclass=M):
    pass
@(lambda f: f)
@a.b[c](d)
def h():
    global a
    return not (yield)
''',
}

# Modules of cipy's lib/ that go through as a whole (digests only).
LIB_FILES = ('ast.py', '_ast_unparse.py', 'textwrap.py', 'fractions.py',
             'dataclasses.py', 'string/__init__.py', 'json/encoder.py',
             'asyncio/tasks.py')


def const(value):
    """Source text for a constant of a tree."""
    if isinstance(value, float) and not math.isfinite(value):
        return 'float(%r)' % repr(value)
    if isinstance(value, complex):
        return 'complex(%s, %s)' % (const(value.real), const(value.imag))
    if isinstance(value, tuple):
        return '(%s)' % ''.join(const(v) + ', ' for v in value)
    return repr(value)


def code(value, depth=0):
    if isinstance(value, ast.AST):
        cls = type(value)
        args = []
        for name in cls._fields + cls._attributes:
            if hasattr(value, name):
                args.append('%s=%s' % (name, code(getattr(value, name), depth + 1)))
        return '%s(%s)' % (cls.__name__, ', '.join(args))
    if isinstance(value, list):
        return '[%s]' % ', '.join(code(v, depth + 1) for v in value)
    return const(value)


PRELUDE = '''\
# Generated by tests/gen/ast_trees.py: the tree CPython parses from SOURCE.
import ast
import hashlib
from ast import *

def digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:16]

'''

FULL = '''
text = ast.unparse(tree)
print(text)
print(ast.dump(tree))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree, include_attributes=True, indent=1))
print(ast.dump(tree, indent='..', show_empty=True))
print(repr(tree))
for node in tree.body:
    print(repr(ast.get_source_segment(SOURCE, node)))
    print(repr(ast.get_source_segment(SOURCE, node, padded=True)))
    print(node, ast.unparse(node).count('\\n'))
for node in ast.walk(tree):
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Module)):
        print(repr(ast.get_docstring(node)), repr(ast.get_docstring(node, clean=False)))
    if isinstance(node, ast.expr):
        print(type(node).__name__, ast.unparse(node), repr(ast.get_source_segment(SOURCE, node)))
'''

DIGESTS = '''
text = ast.unparse(tree)
print(len(text.splitlines()), digest(text))
print(digest(ast.dump(tree)), digest(ast.dump(tree, include_attributes=True, indent=2)))
print(digest(ast.dump(tree, annotate_fields=False, show_empty=True)))
nodes = list(ast.walk(tree))
print(len(nodes), digest(' '.join(type(n).__name__ for n in nodes)))
print(digest(''.join(repr(n) for n in nodes[:2000])))
print(digest(''.join(repr(ast.get_source_segment(SOURCE, n, padded=True)) for n in nodes[:3000])))
docs = [ast.get_docstring(n) for n in nodes
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Module))]
print(len(docs), digest(repr(docs)))
print(ast.compare(tree, tree), ast.compare(tree, tree, compare_attributes=True))
'''


def write_case(outdir, name, source, tree, tail):
    with open(os.path.join(outdir, name + '.py'), 'w', encoding='utf-8') as f:
        f.write(PRELUDE)
        f.write('SOURCE = %r\n\n' % source)
        f.write('tree = %s\n' % code(tree))
        f.write(tail)


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    for name, source in SNIPPETS.items():
        source = source.lstrip('\n')
        write_case(outdir, 'ast_' + name, source, ast.parse(source), FULL)
    for rel in LIB_FILES:
        path = os.path.join(ROOT, 'lib', rel)
        with open(path, encoding='utf-8') as f:
            source = f.read()
        name = 'ast_lib_' + rel[:-3].replace('/', '_')
        write_case(outdir, name, source, ast.parse(source), DIGESTS)


if __name__ == '__main__':
    main()
