# with and async with compiled by exec(): __enter__/__exit__ calls, several
# items, suppression, return/break/continue leaving the block.
# lib: execprog
from execprog import run

run('''
class CM:
    def __init__(self, n, sup=False): self.n = n; self.sup = sup
    def __enter__(self): print('enter', self.n); return self.n
    def __exit__(self, t, v, tb): print('exit', self.n, t and t.__name__, v); return self.sup
with CM(1) as a, CM(2) as b:
    print(a, b)
with (CM(5) as c,
      CM(6)):
    print('paren', c)
with CM(3, True):
    1/0
def f():
    with CM(4):
        return 5
print(f())
for i in range(2):
    with CM(i):
        continue
for i in range(3):
    with CM(i):
        if i == 1:
            break
try:
    with CM(9):
        raise KeyError('k')
except KeyError:
    print('ke')
with CM([1, 2]) as (x, y):
    print(x, y)
class Obj: pass
o = Obj()
with CM(7) as o.attr:
    print(o.attr)
''')

run('''
class NoExit:
    def __enter__(self): return 1
with NoExit():
    pass
''')

run('''
class NoEnter:
    def __exit__(self, *a): return 1
with NoEnter():
    pass
''')

run('''
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError('in exit')
def f():
    with CM():
        1/0
f()
''', show_context=True)

run('''
class CM:
    def __enter__(self): raise ValueError('enter fails')
    def __exit__(self, *a): print('not called')
with CM():
    print('not run')
''')

run('''
import asyncio
class A:
    def __init__(self, sup): self.sup = sup
    async def __aenter__(self): print('aenter'); return 1
    async def __aexit__(self, *a): print('aexit', a[0]); return self.sup
async def main():
    async with A(True) as x, A(True):
        print(x)
        raise KeyError
    for i in range(2):
        async with A(False):
            if i:
                break
            continue
    async with A(False):
        return 3
print(asyncio.run(main()))
''')

run('''
async with x:
    pass
''')

run('''
def f():
    async with x:
        pass
''')

run('''
class Sync:
    def __enter__(self): return 1
    def __exit__(self, *a): pass
async def main():
    async with Sync():
        pass
import asyncio
asyncio.run(main())
''')

run('''
from contextlib import contextmanager, suppress
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name
    finally:
        print('</%s>' % name)
with tag('a') as a, tag('b') as b:
    print(a + b)
with suppress(ZeroDivisionError):
    1/0
print('suppressed')
''')

run('''
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print('exit got', t.__name__)
        return False
def f():
    with CM():
        with CM():
            x = [][1]
f()
''')
