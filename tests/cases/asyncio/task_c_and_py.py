# The C Task (asyncio.Task) and the Python one (asyncio.tasks._PyTask):
# names, reprs, bad yields, cancellation, errors, eager starts, stacks.
import asyncio
import gc
import types
from asyncio import tasks


@types.coroutine
def bad_yield(value):
    yield value


async def child(n):
    await asyncio.sleep(0)
    return n * 2


async def fails():
    await asyncio.sleep(0)
    raise ValueError('boom')


async def sleeper():
    await asyncio.sleep(10)


def show(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as exc:
        print(label, 'raises', type(exc).__name__, exc)


async def exercise(cls):
    loop = asyncio.get_running_loop()
    print('---', cls.__module__, cls.__name__, issubclass(cls, asyncio.Future))
    t = cls(child(3), loop=loop, name=42)
    print(t.get_name(), type(t.get_name()).__name__, t.cancelling(), t.done())
    t.set_name(('a', 1))
    print(t.get_name())
    show('set_result', lambda: t.set_result(1))
    show('set_exception', lambda: t.set_exception(ValueError()))
    print('result', await t, t.get_coro() is not None, t.get_context() is not None)
    show('not a coroutine', lambda: cls(lambda: None, loop=loop))

    for value in (42, 'text', bad_yield(1), loop.create_future()):
        async def main(v=value):
            try:
                await bad_yield(v)
            except RuntimeError as exc:
                return str(exc).split(' in task')[0].split(' with')[0]
        print('yield', type(value).__name__, await cls(main(), loop=loop))

    async def self_await():
        await asyncio.sleep(0)
        return await me
    me = cls(self_await(), loop=loop)
    show('self await', lambda: None)
    try:
        await me
    except RuntimeError as exc:
        print('self await', str(exc).split(':')[0])

    s = cls(sleeper(), loop=loop)
    await asyncio.sleep(0)
    print('cancel', s.cancel('why'), s.cancel(), s.cancelling(), s.uncancel(), s.cancelling())
    try:
        await s
    except asyncio.CancelledError as exc:
        print('cancelled with', exc.args, s.cancelled())
    print('cancel done', s.cancel(), s.uncancel())

    early = cls(child(1), loop=loop)
    early.cancel('before start')
    try:
        await early
    except asyncio.CancelledError as exc:
        print('cancelled early', exc.args)

    f = cls(fails(), loop=loop)
    try:
        await f
    except ValueError as exc:
        print('failed', exc, [fr.f_code.co_name for fr in f.get_stack()])
    live = cls(sleeper(), loop=loop)
    await asyncio.sleep(0)
    print('stack', [fr.f_code.co_name for fr in live.get_stack()], len(live.get_stack(limit=1)))
    live.cancel()
    await asyncio.sleep(0)

    async def quick():
        return 'quick'
    eager = cls(quick(), loop=loop, eager_start=True)
    print('eager', eager.done(), eager.result(), eager.get_coro())
    eager2 = cls(child(5), loop=loop, eager_start=True)
    print('eager pending', eager2.done(), asyncio.current_task() is not eager2, await eager2)

    async def who():
        return asyncio.current_task() is me2
    me2 = cls(who(), loop=loop)
    print('current', await me2)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda lp, ctx: print('handler:', ctx['message']))
    for cls in (asyncio.Task, tasks._PyTask):
        await exercise(cls)
        orphan = cls(sleeper(), loop=loop)
        await asyncio.sleep(0)
        orphan.get_coro().close() if False else None
    print(type(asyncio.current_task()).__name__, asyncio.Task is tasks._CTask)


asyncio.run(main())
