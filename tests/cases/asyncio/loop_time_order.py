import asyncio

loop = asyncio.new_event_loop()
t1 = loop.time()
t2 = loop.time()
print(t2 >= t1, isinstance(t1, float))
fired = []
for i in range(5):
    loop.call_at(t1 + 0.002 * (4 - i), fired.append, i)
loop.call_at(t1 + 0.02, loop.stop)
loop.run_forever()
print(fired, loop.time() - t1 >= 0.02)
h = loop.call_later(0.001, fired.append, 'x')
print(h.when() > t1)
loop.call_later(0.005, loop.stop)
loop.run_forever()
print(fired[-1])
loop.close()
