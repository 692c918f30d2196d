import asyncio

loop = asyncio.new_event_loop()
loop.call_soon(print, 'never runs')
loop.call_later(10, print, 'never fires')
print(len(loop._ready), len(loop._scheduled))
loop.close()
print(len(loop._ready), len(loop._scheduled), loop.is_closed())
for meth, args in [('call_soon', (print,)), ('call_later', (1, print)), ('call_at', (1, print)),
                   ('create_task', (None,)), ('run_forever', ()), ('add_reader', (0, print))]:
    try:
        getattr(loop, meth)(*args)
    except RuntimeError as e:
        print(meth, 'RuntimeError', e)
print(loop.create_future().done())
print(repr(loop))
