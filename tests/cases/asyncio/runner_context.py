import asyncio
import contextvars

v = contextvars.ContextVar('v', default=0)

async def bump():
    v.set(v.get() + 1)
    return v.get()

with asyncio.Runner() as runner:
    print(runner.run(bump()), runner.run(bump()), runner.run(bump()))
    fresh = contextvars.Context()
    print(runner.run(bump(), context=fresh), runner.run(bump(), context=fresh))
    print(runner.run(bump()))
print(v.get())
print(asyncio.run(bump()), asyncio.run(bump()))
