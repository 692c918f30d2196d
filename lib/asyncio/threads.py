"""to_thread: cipy has no threads, so the function runs inline, in the
caller's context, when the returned coroutine is awaited."""

__all__ = ('to_thread',)

import contextvars
import functools

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) (inline: there are no threads) and return
    its result, through the loop's executor as CPython does."""
    loop = events.get_running_loop()
    call = functools.partial(contextvars.copy_context().run, func, *args, **kwargs)
    return await loop.run_in_executor(None, call)
