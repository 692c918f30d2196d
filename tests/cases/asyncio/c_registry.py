import _asyncio, asyncio
for f in (_asyncio.all_tasks, _asyncio.get_running_loop):
    try: f()
    except RuntimeError as e: print(f.__name__, e)
print(_asyncio._get_running_loop())
try: _asyncio._register_task(1)
except TypeError as e: print(e)
_asyncio._register_eager_task(1)
class Fake:
    def __init__(s, loop): s.l=loop; s.d=False
    def done(s): print('done?'); return s.d
    def get_loop(s): print('get_loop'); return s.l
class Fake2:
    def __init__(s, loop): s._loop=loop
    def done(s): return False
async def main():
    loop = asyncio.get_running_loop()
    try: print(_asyncio.all_tasks())
    except AttributeError as e: print('AE', e)
    _asyncio._unregister_eager_task(1)
    f = Fake(loop); _asyncio._register_task(f)
    f2 = Fake2(loop); _asyncio._register_eager_task(f2)
    print(len(_asyncio.all_tasks()), f in asyncio.all_tasks(), f2 in asyncio.all_tasks())
    f.d = True
    print(len(_asyncio.all_tasks()))
    _asyncio._unregister_task(f); _asyncio._unregister_eager_task(f2)
    _asyncio._unregister_task(f)
    print(len(_asyncio.all_tasks()))
    print(asyncio.get_event_loop() is loop, _asyncio.get_event_loop() is loop)
    t = asyncio.create_task(asyncio.sleep(0))
    _asyncio._unregister_task(t)
    print(t in asyncio.all_tasks())
    _asyncio._register_task(t)
    print(t in asyncio.all_tasks())
    await t
    print(t in asyncio.all_tasks())
    try: _asyncio._set_running_loop()
    except TypeError as e: print(e)
    try: _asyncio.all_tasks(1, 2)
    except TypeError as e: print(e)
    print(_asyncio.all_tasks(object()))
asyncio.run(main())
print(asyncio.events._get_running_loop is _asyncio._get_running_loop, asyncio.tasks.all_tasks is _asyncio.all_tasks)
print(asyncio.events._py__get_running_loop.__module__, asyncio.tasks._py_all_tasks.__module__, asyncio.events._c_get_event_loop is _asyncio.get_event_loop, asyncio.tasks._c_all_tasks is _asyncio.all_tasks)
_asyncio._set_running_loop(5); print(_asyncio.get_running_loop(), asyncio.get_event_loop()); _asyncio._set_running_loop(None)

# A subclass of Task is registered in the same registry; a done task leaves it.
class MyTask(asyncio.Task):
    pass

async def work(n):
    await asyncio.sleep(0)
    return n

async def second():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, **kw: MyTask(coro, loop=loop, **kw))
    ts = [asyncio.create_task(work(i), name=f'w{i}') for i in range(3)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(sorted(t.get_name() for t in _asyncio.all_tasks(loop)))
    await ts[0]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    loop.set_task_factory(asyncio.eager_task_factory)
    e = asyncio.create_task(work(9), name='eager')
    print(e in asyncio.all_tasks(), asyncio.current_task().get_name())
    done_at_once = asyncio.create_task(_quick(), name='quick')
    print(done_at_once.done(), done_at_once in asyncio.all_tasks())
    await asyncio.gather(*ts, e)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    # the running loop is the one asyncio and _asyncio both see
    print(asyncio.events._get_running_loop() is loop is _asyncio._get_running_loop())
    # a forked child runs no loop
    import os
    pid = os.fork()
    if pid == 0:
        print('child', _asyncio._get_running_loop(), asyncio.events._get_running_loop(), flush=True)
        os._exit(0)
    os.waitpid(pid, 0)
    try:
        asyncio.get_running_loop().run_until_complete(work(1))
    except RuntimeError as e:
        print(e)

async def _quick():
    return 'q'

asyncio.run(second(), loop_factory=asyncio.new_event_loop)
print(_asyncio._get_running_loop(), _asyncio.current_task(asyncio.new_event_loop()))
loop = asyncio.new_event_loop()
f = loop.create_future()
print(f.get_loop() is loop)
asyncio.set_event_loop(loop)
f = asyncio.Future()
print(f.get_loop() is loop)
loop.close()
