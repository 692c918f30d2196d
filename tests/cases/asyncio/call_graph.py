# asyncio's call graph: capture_call_graph, format_call_graph and
# print_call_graph over tasks, gather, TaskGroup, shield and wait.
import asyncio, io, re

def clean(text):
    return re.sub(r'id=0x[0-9a-f]+', 'id=ID', text)

def show(label, text):
    print(f'-- {label}')
    print(clean(text))

def names(fut):
    return sorted(getattr(w, 'get_name', lambda: type(w).__name__)() for w in fut._asyncio_awaited_by or ())

async def deep(fut):
    return await fut

async def leaf(fut, name):
    show(name, asyncio.format_call_graph())
    return await deep(fut)

async def group(fut, gate):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf(fut, 'in group'), name='grouped')
        await gate

def inspect(t, fut, g, gate):
    # no task runs here: every graph comes from await chains
    show('suspended', asyncio.format_call_graph(t))
    show('limit 1', asyncio.format_call_graph(t, limit=1))
    show('limit -1', asyncio.format_call_graph(t, limit=-1))
    show('limit 0', asyncio.format_call_graph(t, limit=0))
    print('future awaited by', names(fut), 'gather awaited by', names(g))
    graph = asyncio.capture_call_graph(t)
    print(type(graph).__name__, type(graph.call_stack).__name__, len(graph.call_stack),
          [type(a.future).__name__ for a in graph.awaited_by])
    print([e.frame.f_code.co_name for e in graph.call_stack])
    print(asyncio.FrameCallGraphEntry.__slots__, asyncio.FutureCallGraph.__slots__)
    print(graph == asyncio.capture_call_graph(t), repr(graph.call_stack[0])[:40])
    try:
        graph.future = None
    except AttributeError as e:
        print(type(e).__name__, e)
    buf = io.StringIO()
    asyncio.print_call_graph(t, file=buf, limit=2)
    show('printed', buf.getvalue())
    print(repr(asyncio.format_call_graph()), asyncio.capture_call_graph())
    gate.set_result(None)

async def main():
    loop = asyncio.get_running_loop()
    fut, gate = loop.create_future(), loop.create_future()
    t = asyncio.create_task(leaf(fut, 'child'), name='child')
    g = asyncio.gather(t, asyncio.create_task(group(fut, gate), name='group'))
    waiter = asyncio.create_task(deep(g), name='waiter')
    loop.call_later(0.01, inspect, t, fut, g, gate)
    await gate
    # the running task, with depth and limit
    here = asyncio.capture_call_graph()
    print(here.future is asyncio.current_task(), [e.frame.f_code.co_name for e in here.call_stack])
    print([e.frame.f_code.co_name for e in asyncio.capture_call_graph(depth=2).call_stack][-1:])
    show('running', asyncio.format_call_graph(limit=1))
    show('running 0', asyncio.format_call_graph(limit=0))
    fut.set_result(7)
    print(await waiter)
    print(t._asyncio_awaited_by, fut._asyncio_awaited_by, g._asyncio_awaited_by)
    # shield and wait record edges too
    inner = loop.create_future()
    s = asyncio.shield(inner)
    print(names(inner))
    inner.set_result(1)
    await s
    print(inner._asyncio_awaited_by)
    a = asyncio.create_task(asyncio.sleep(0, 'a'), name='a')
    w = asyncio.create_task(asyncio.wait([a]), name='w')
    await asyncio.sleep(0)
    print(names(a))
    await w
    print(a._asyncio_awaited_by)
    for bad in (1, 'x'):
        try:
            asyncio.capture_call_graph(bad)
        except TypeError as e:
            print(e)

def sync_part():
    try:
        asyncio.capture_call_graph()
    except RuntimeError as e:
        print(e)
    loop = asyncio.new_event_loop()
    f = loop.create_future()
    show('outside', asyncio.format_call_graph(f))
    print(asyncio.capture_call_graph(f))
    try:
        asyncio.format_call_graph(object())
    except TypeError as e:
        print(re.sub(r' at 0x[0-9a-f]+', '', str(e)))
    loop.close()

sync_part()
asyncio.run(main())
