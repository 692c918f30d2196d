# compile() with PyCF_ALLOW_TOP_LEVEL_AWAIT: module code that awaits is a
# coroutine's code (what asyncio's REPL runs); without the flag, errors.
import asyncio

FLAG = 0x2000


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


src = '''\
x = await asyncio.sleep(0, result=5)
async for v in ticker(3):
    print('v', v)
r = [w async for w in ticker(2)]
print(x, r)
'''
code = compile(src, '<top>', 'exec', flags=FLAG)
print(hex(code.co_flags))
ns = {'asyncio': asyncio, 'ticker': ticker}
coro = eval(code, ns)
print(type(coro).__name__)
asyncio.run(coro)
print(ns['x'], ns['r'])
print(eval(compile('await asyncio.sleep(0, result=7)', '<e>', 'eval', flags=FLAG),
           {'asyncio': asyncio}).__class__.__name__)
coro = eval(compile('await asyncio.sleep(0, result=7)', '<e>', 'eval', flags=FLAG),
            {'asyncio': asyncio})
print(asyncio.run(coro))
plain = compile('y = 1', '<p>', 'exec', flags=FLAG)
print(hex(plain.co_flags))
for bad in ['await x', 'async for a in b: pass']:
    try:
        compile(bad, '<bad>', 'exec')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
