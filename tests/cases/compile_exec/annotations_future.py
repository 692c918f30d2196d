# `from __future__ import annotations` in exec()'d code: annotations kept as
# their source text, and compile()'s flag for it.
# lib: execprog
import __future__
from execprog import run

run('''
from __future__ import annotations
def f(a: int, *b: list[str], c: 'x' = 1, **d: a | None) -> dict[str, int]: pass
print(f.__annotations__)
x: int = 3
y: Undefined[1, 2]
print(__annotations__)
class C:
    a: int
    __b: list[C]
    def m(self, __z: C) -> C: pass
    (c): int
print(C.__annotations__, C.m.__annotations__)
''')

run('''
from __future__ import annotations
def f():
    x: int = 1
    return x
print(f(), f.__annotations__)
print('__annotations__' in globals())
''')

texts = '''int
list[int]
dict[str, int]
tuple[int, ...]
tuple[()]
tuple[int,]
'fwd'
b'x'
None
1 + 2 * 3
(1 + 2) * 3
2 ** 3 ** 4
(2 ** 3) ** 4
-x
not x
-(-1)
a if b else c
(a if b else c) if d else e
lambda: 1
lambda x, y=1, *a, z, w=2, **k: x
lambda x, /, y: x
a and b or c
a and (b or c)
a < b <= c
x.y.z
1 .real
1.5 .real
f(x, *y, z=1, **w)
f(x for x in y)
[x for x in y if x]
{x: y for x, y in z}
{x for x in y}
{1: 2, **d}
{1, 2}
[1, 2]
(1, 2)
(1,)
()
x[1:2]
x[1:2, ::3]
x[a, b:c]
x[*a]
int | str
a[b][c]
(a + b).c
f(x)(y)
3j
1+3j
1e400
-1e400
1e400j
...
x[...]
f'{x}'
f'a{x!r:>{w}}b'
f'{{}}'
'a' 'b'
1_000
0x10
1.0
True
a @ b
a // b % c
a << b >> c
a & b ^ c | d
~a
+a
a is not b
a not in b
[*a, *b]
f(*a, b)'''.splitlines()

for text in texts:
    g = {}
    code = compile('def f() -> %s: pass\nx: %s' % (text, text), 's', 'exec',
                   __future__.annotations.compiler_flag, dont_inherit=True)
    exec(code, g)
    print(repr(g['f'].__annotations__['return']), repr(g['__annotations__']['x']))
