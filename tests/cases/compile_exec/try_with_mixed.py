# Combinations compiled by exec(): with/try/finally in generators and async
# generators, break/continue/return through several blocks, nested handlers.
# lib: execprog
import warnings
from execprog import run

warnings.simplefilter('ignore')

run('''
from __future__ import annotations
def f[T](x: T, y: list[T] = []) -> T: pass
print(f.__annotations__)
class C:
    def g[__U](self, a: __U): pass
print(C.g.__annotations__, C.g.__type_params__)
''')

run('''
class C:
    def g[__U](self, a: __U) -> __U: pass
    type __A[__V] = __V
print(C.g.__annotations__, C.g.__type_params__, C._C__A.__type_params__)
''')

run('''
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print('in', self.n); return self.n
    def __exit__(self, *a): print('out', self.n, a[0]); return False
def gen():
    with CM(1) as a:
        try:
            yield a
            with CM(2):
                yield 2
                return 'r'
        finally:
            print('fin')
g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
g = gen(); next(g); g.close()
g = gen(); next(g)
try:
    g.throw(KeyError('x'))
except KeyError as e:
    print('thrown', e)
''')

run('''
def f():
    out = []
    for i in range(4):
        with open('/dev/null'):
            try:
                try:
                    if i == 0: continue
                    if i == 3: break
                    out.append(i)
                finally:
                    out.append(-i)
            except ZeroDivisionError:
                pass
    else:
        out.append('else')
    return out
print(f())
''')

run('''
import asyncio
class A:
    async def __aenter__(self): await asyncio.sleep(0); print('ae'); return self
    async def __aexit__(self, *a): await asyncio.sleep(0); print('ax', a[0]); return False
async def agen():
    async with A():
        for i in range(3):
            try:
                yield i
            finally:
                print('f', i)
async def main():
    async for v in agen():
        print(v)
        if v == 1: break
    try:
        async with A(), A():
            raise ValueError
    except ValueError:
        print('ve')
    async with A():
        for x in range(2):
            async with A():
                if x: return 'done'
                continue
asyncio.run(main())
print(asyncio.run(main()))
''')

run('''
def f(n):
    try:
        try:
            return 1 / n
        except ZeroDivisionError as e:
            return str(e)
        finally:
            print('inner fin', n)
    finally:
        print('outer fin')
print(f(0), f(2))
''')

run('''
def f():
    while True:
        try:
            try:
                raise KeyError
            finally:
                break
        except KeyError:
            print('never')
    return 'broke out of finally'
print(f())
''')

run('''
def f():
    try:
        raise ValueError('a')
    except ValueError as e:
        try:
            raise TypeError('b')
        except TypeError as e2:
            pass
        return repr(e), 'e2' in locals()
print(f())
''')

run('''
def f(x):
    with (open('/dev/null') as a, open('/dev/null') as b,):
        return a.closed, b.closed
print(f(1))
with (open('/dev/null')):
    pass
with (yield_ := open('/dev/null')):
    print(yield_.closed)

''')
