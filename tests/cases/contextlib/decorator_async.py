# AsyncContextDecorator and a hand-written ContextDecorator that recreates
from contextlib import ContextDecorator, AsyncContextDecorator

def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("coroutine suspended")

class Timer(AsyncContextDecorator):
    count = 0
    async def __aenter__(self):
        Timer.count += 1
        print("aenter", Timer.count)
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False

@Timer()
async def job(x):
    """A job."""
    return x * 10

print(run(job(4)), job.__name__, job.__doc__)
print(run(job(5)))

class Fresh(ContextDecorator):
    made = 0
    def __init__(self):
        Fresh.made += 1
        self.n = Fresh.made
    def _recreate_cm(self):
        return Fresh()
    def __enter__(self):
        print("enter", self.n)
    def __exit__(self, *exc):
        print("exit", self.n)

@Fresh()
def f(*args, **kwargs):
    return args, kwargs

print(f(1, a=2))
print(f())
print(AsyncContextDecorator.__doc__)
