# Timers fire in time order; equal delays fire in scheduling order; call_at
import asyncio

loop = asyncio.new_event_loop()
out = []
now = loop.time()
# (delays far apart, so that a busy machine cannot reorder them)
for i, d in enumerate([0.3, 0.1, 0.2, 0.1, 0]):
    loop.call_later(d, out.append, (i, d))
loop.call_at(now + 0.15, out.append, 'at')
h = loop.call_later(0.12, out.append, 'cancelled')
h.cancel()
print(h.cancelled(), repr(h).split(" when=")[0])
loop.call_later(0.5, loop.stop)
loop.call_soon(out.append, 'soon')
loop.run_forever()
print(out)
try:
    loop.call_later(None, print)
except TypeError as e:
    print('TypeError', e)
try:
    loop.call_at(None, print)
except TypeError as e:
    print('TypeError', e)
t = loop.call_at(12.5, print)
print(repr(t), t.when())
t.cancel()
print(repr(t))
loop.close()
