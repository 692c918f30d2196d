import asyncio

loop = asyncio.new_event_loop()
out = []
base = loop.time() + 0.005
timers = [loop.call_at(base + i * 1e-6, out.append, i) for i in range(300)]
for t in timers:
    if t.when() and timers.index(t) % 3:
        t.cancel()
print(len(loop._scheduled), loop._timer_cancelled_count)
loop.call_at(base + 0.01, loop.stop)
loop.run_forever()
print(out[:10], len(out))
print(len(loop._scheduled), loop._timer_cancelled_count)
t = loop.call_later(10, print)
t.cancel()
t.cancel()
print(loop._timer_cancelled_count)
loop.call_soon(loop.stop)
loop.run_forever()
print(loop._timer_cancelled_count, len(loop._scheduled))
loop.close()
