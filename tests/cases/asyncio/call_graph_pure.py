# The call graph with _asyncio blocked: the Python Task records the same edges.
import sys
sys.modules['_asyncio'] = None
import asyncio, re

async def deep(fut):
    return await fut

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(deep(fut), name='t')
    await asyncio.sleep(0)
    print(sorted(w.get_name() for w in fut._asyncio_awaited_by))
    print(re.sub(r'0x[0-9a-f]+', 'ID', asyncio.format_call_graph(t)))
    g = asyncio.gather(t)
    print(sorted(w.get_name() for w in t._asyncio_awaited_by))
    fut.set_result(3)
    print(await g, fut._asyncio_awaited_by, t._asyncio_awaited_by)
    print(type(t).__module__, asyncio.tasks.all_tasks is asyncio.tasks._py_all_tasks,
          asyncio.events.get_event_loop is asyncio.events._py_get_event_loop)

asyncio.run(main())
