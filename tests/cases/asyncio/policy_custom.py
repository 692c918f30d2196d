import asyncio
import warnings

warnings.simplefilter('ignore', DeprecationWarning)

class MyLoop(asyncio.SelectorEventLoop):
    pass

class MyPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        print('policy makes a loop')
        return MyLoop()

asyncio.set_event_loop_policy(MyPolicy())
loop = asyncio.new_event_loop()
print(type(loop).__name__)
async def main():
    return type(asyncio.get_running_loop()).__name__
print(asyncio.run(main()))
loop.close()
try:
    asyncio.set_event_loop_policy(5)
except TypeError as e:
    print('TypeError', e)
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__)
p = asyncio.get_event_loop_policy()
try:
    p.get_event_loop()
except RuntimeError as e:
    print('RuntimeError', e)
l2 = p.new_event_loop()
p.set_event_loop(l2)
print(p.get_event_loop() is l2)
p.set_event_loop(None)
l2.close()
ap = asyncio.AbstractEventLoopPolicy()
for m in ('get_event_loop', 'new_event_loop'):
    try:
        getattr(ap, m)()
    except NotImplementedError:
        print(m, 'NotImplementedError')
