# An exception in a plain callback goes to the default handler.
import asyncio
import logging

def failing(x):
    raise ZeroDivisionError(x)

loop = asyncio.new_event_loop()
loop.set_exception_handler(lambda l, c: print(c['message'].replace(__file__, 'FILE'), repr(c['exception']), repr(c['handle']).replace(__file__, 'FILE')))
loop.call_soon(failing, 1)
loop.call_soon(loop.stop)
loop.run_forever()
logging.basicConfig(format='%(levelname)s:%(name)s:%(message)s')
loop.set_exception_handler(None)
loop.call_exception_handler({'message': 'no exception here', 'handle': loop.call_soon(print)})
loop.close()
