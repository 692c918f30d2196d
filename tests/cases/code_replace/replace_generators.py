# replace() on generator, coroutine and nested-function code: the copies run.
def gen(n):
    for i in range(n):
        yield i * 10
g2 = type(gen)(gen.__code__.replace(co_consts=tuple(100 if c == 10 else c for c in gen.__code__.co_consts)), {'range': range})
print(list(gen(3)), list(g2(3)))

async def coro():
    return 'coro result'
c2 = type(coro)(coro.__code__.replace(co_name='renamed'), {})
co = c2()
print(co.__name__, co.__qualname__)
try:
    co.send(None)
except StopIteration as e:
    print(e.value)

def outer():
    def inner():
        return 'inner'
    return inner
o2 = type(outer)(outer.__code__.replace(co_filename='other.py'), {})
print(o2()(), o2().__code__.co_filename, o2.__code__.co_consts[0] == outer.__code__.co_consts[0])
print(gen.__code__.replace(co_flags=gen.__code__.co_flags) == gen.__code__)
