# A small event loop running each step of each task in the task's own
# context, as asyncio does through Context.run.
import contextvars

request = contextvars.ContextVar('request', default=None)

class Yield:
    def __await__(self):
        yield

async def handler(name, steps):
    request.set(name)
    for i in range(steps):
        await Yield()
        print(name, 'step', i, 'sees', request.get())
    return name.upper()

class Task:
    def __init__(self, coro):
        self.coro = coro
        self.context = contextvars.copy_context()
        self.result = None
        self.done = False
    def step(self):
        try:
            self.context.run(self.coro.send, None)
        except StopIteration as stop:
            self.result = stop.value
            self.done = True

request.set('main')
tasks = [Task(handler('alpha', 2)), Task(handler('beta', 3)), Task(handler('gamma', 1))]
while not all(t.done for t in tasks):
    for t in tasks:
        if not t.done:
            t.step()
print([t.result for t in tasks], request.get())
print([t.context[request] for t in tasks])

# a coroutine run without a context of its own shares the caller's
async def setter():
    request.set('from coroutine')
c = setter()
try:
    c.send(None)
except StopIteration:
    pass
print(request.get())
