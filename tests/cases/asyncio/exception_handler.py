import asyncio

def handler(loop, context):
    print('handler:', context['message'])
    for key in sorted(context):
        if key != 'message':
            print('  ', key, type(context[key]).__name__)

def failing():
    raise ZeroDivisionError('cb')

async def boom():
    raise KeyError('task')

loop = asyncio.new_event_loop()
print(loop.get_exception_handler())
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.call_soon(failing)
loop.call_soon(loop.stop)
loop.run_forever()
t = loop.create_task(boom())
loop.run_until_complete(asyncio.sleep(0))
del t
loop.call_exception_handler({'message': 'custom', 'x': 1})
try:
    loop.set_exception_handler(5)
except TypeError as e:
    print('TypeError', e)
loop.set_exception_handler(None)
loop.call_exception_handler({'message': 'default', 'exception': ValueError('v'), 'other': [1, 2]})
loop.call_exception_handler({})
loop.default_exception_handler({'message': 'direct'})
class Sub(asyncio.SelectorEventLoop):
    pass
print(isinstance(Sub(), asyncio.AbstractEventLoop))
loop.close()
