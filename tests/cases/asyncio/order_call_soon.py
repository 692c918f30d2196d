# call_soon runs callbacks FIFO; callbacks scheduled while running wait a pass.
import asyncio

loop = asyncio.new_event_loop()
def cb(tag, depth):
    print('cb', tag, depth)
    if depth:
        loop.call_soon(cb, tag + '+', depth - 1)
for t in 'abc':
    loop.call_soon(cb, t, 2)
loop.call_soon(loop.stop)
loop.run_forever()
print('stopped once')
loop.call_soon(loop.stop)
loop.run_forever()
print('stopped twice')
loop.run_forever.__name__
loop.call_soon(loop.stop)
loop.run_forever()
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
loop.close()
try:
    loop.call_soon(print)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    loop.run_forever()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    loop.run_until_complete(None)
except RuntimeError as e:
    print('RuntimeError', e)
