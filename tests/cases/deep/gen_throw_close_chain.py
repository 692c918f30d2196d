# throw() and close() pass down a chain of generators delegating with
# `yield from` (and coroutines with `await`), innermost first; what the
# innermost yields, returns or raises comes back up level by level.

log = []

def leaf(name, catch=None, ignore_exit=False, ret=None):
    try:
        while True:
            try:
                x = yield name
                log.append(f"{name} got {x!r}")
            except GeneratorExit:
                log.append(f"{name} exit")
                if ignore_exit:
                    yield "ignored"
                raise
            except Exception as e:
                log.append(f"{name} caught {type(e).__name__}: {e}")
                if catch is None or not isinstance(e, catch):
                    raise
                if ret is not None:
                    return ret
                yield f"{name} recovered"
    finally:
        log.append(f"{name} finally")

def middle(name, sub, catch=None):
    try:
        r = yield from sub
        log.append(f"{name} result {r!r}")
        yield f"{name} after"
    except Exception as e:
        log.append(f"{name} caught {type(e).__name__}: {e}")
        if catch is None or not isinstance(e, catch):
            raise
        yield f"{name} recovered"
    finally:
        log.append(f"{name} finally")

def chain(depth, inner, **kw):
    g = inner
    for i in range(depth):
        g = middle(f"m{i}", g, **kw)
    return g

def show(title, f):
    log.clear()
    try:
        r = f()
        log.append(f"=> {r!r}")
    except BaseException as e:
        log.append(f"=> {type(e).__name__}: {e}")
    print(title)
    for line in log:
        print("   ", line)

def started(g):
    next(g)
    return g

show("throw caught by leaf", lambda: started(chain(3, leaf("L", catch=ValueError))).throw(ValueError("v")))
show("throw caught in the middle", lambda: started(middle("top", middle("mid", leaf("L"), catch=KeyError))).throw(KeyError("k")))
show("throw uncaught", lambda: started(chain(3, leaf("L"))).throw(TypeError("t")))
show("throw, leaf returns", lambda: started(chain(2, leaf("L", catch=ValueError, ret=42))).throw(ValueError("r")))
show("close", lambda: started(chain(3, leaf("L"))).close())
show("close, leaf ignores GeneratorExit", lambda: started(chain(3, leaf("L", ignore_exit=True))).close())
show("throw GeneratorExit", lambda: started(chain(2, leaf("L"))).throw(GeneratorExit("bye")))
show("close unstarted", lambda: chain(3, leaf("L")).close())

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        log.append("returning 7")
        return 7

def fails_on_exit():
    try:
        yield 1
    except GeneratorExit:
        raise RuntimeError("cannot close")

show("close value from leaf", lambda: started(chain(2, returns_on_exit())).close())
show("close error from leaf", lambda: started(chain(2, fails_on_exit())).close())
show("close returns directly", lambda: started(returns_on_exit()).close())

class Delegate:
    """An iterator with throw and close methods, delegated to by yield from."""
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return f"d{self.n}"
    def throw(self, exc):
        log.append(f"Delegate.throw {type(exc).__name__}")
        if isinstance(exc, KeyError):
            return "delegate recovered"
        raise exc
    def close(self):
        log.append("Delegate.close")

class Plain:
    def __iter__(self):
        return self
    def __next__(self):
        return "p"

show("throw into non-generator", lambda: started(chain(3, Delegate())).throw(KeyError("x")))
show("throw into non-generator, raised", lambda: started(chain(3, Delegate())).throw(ValueError("x")))
show("close non-generator", lambda: started(chain(3, Delegate())).close())
show("throw into plain iterator", lambda: started(chain(2, Plain())).throw(ValueError("p")))
show("close plain iterator", lambda: started(chain(2, Plain())).close())

# running flags: a generator below sees the ones above it as running
outer_ref = []
def peek():
    try:
        yield 1
    except GeneratorExit:
        log.append(f"outer running: {outer_ref[0].gi_running}")
        raise
    except ValueError:
        log.append(f"outer running: {outer_ref[0].gi_running}")
        try:
            next(outer_ref[0])
        except ValueError as e:
            log.append(f"next(outer): {e}")
        yield 2
g = started(chain(2, peek()))
outer_ref.append(g)
show("running flags on throw", lambda: g.throw(ValueError()))
show("running flags on close", lambda: g.close())

# coroutines
class Suspend:
    def __await__(self):
        r = yield "suspended"
        return r

async def awaiting(depth):
    if depth == 0:
        try:
            return await Suspend()
        finally:
            log.append("innermost finally")
    return await awaiting(depth - 1)

def drive():
    c = awaiting(5)
    log.append(c.send(None))
    try:
        c.send("value")
    except StopIteration as e:
        return e.value
show("coroutine chain", drive)
def close_coro():
    c = awaiting(5)
    c.send(None)
    return c.close()
show("coroutine chain closed", close_coro)
def throw_coro():
    c = awaiting(5)
    c.send(None)
    return c.throw(OSError("io"))
show("coroutine chain thrown into", throw_coro)

# long chains: the same, a few thousand levels deep
import sys
sys.setrecursionlimit(100000)
def deep(n):
    g = leaf("L", catch=ValueError)
    for i in range(n):
        g = middle(i, g)
    return g
g = started(deep(20000))
log.clear()
print(g.throw(ValueError("deep")), log[:2], len(log))
g.close()
print(log[-3:], len(log))
g = started(deep(20000))
log.clear()
try:
    g.throw(TypeError("deep"))
except TypeError as e:
    print("TypeError", e, len(log), log[-1])
