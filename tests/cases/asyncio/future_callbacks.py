import asyncio
import contextvars

var = contextvars.ContextVar('v', default='-')
loop = asyncio.new_event_loop()

def cb(tag):
    def inner(fut):
        print('cb', tag, fut.result(), var.get())
    inner.__qualname__ = f'cb_{tag}'
    return inner

f = loop.create_future()
a, b, c = cb('a'), cb('b'), cb('c')
f.add_done_callback(a)
f.add_done_callback(b)
f.add_done_callback(a)
f.add_done_callback(c)
print(repr(f).split(' cb=')[1].split(' at ')[0])
print(f.remove_done_callback(a), f.remove_done_callback(a), f.remove_done_callback(print))
print(f._callbacks is not None and len(f._callbacks))
ctx = contextvars.copy_context()
ctx.run(var.set, 'in ctx')
f.add_done_callback(cb('ctx'), context=ctx)
loop.call_soon(print, 'queued before result')
f.set_result('R')
loop.call_soon(print, 'queued after result')
f.add_done_callback(cb('late'))
print(f._callbacks)
loop.call_soon(loop.stop)
loop.run_forever()
g = loop.create_future()
g.add_done_callback(cb('x'))
print(g.remove_done_callback(cb), g.remove_done_callback(g._callbacks[0][0]), g._callbacks)
g.cancel()
loop.call_soon(loop.stop)
loop.run_forever()
h = loop.create_future()
h.add_done_callback(lambda fut: print('cancelled cb', fut.cancelled()))
h.cancel('m')
loop.call_soon(loop.stop)
loop.run_forever()
def raising(fut):
    raise ValueError('cb error')
loop.set_exception_handler(lambda l, ctx: print('handler', ctx['message'].split(' at ')[0], repr(ctx['exception'])))
k = loop.create_future()
k.add_done_callback(raising)
k.add_done_callback(lambda fut: print('next callback still runs'))
k.set_result(1)
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
