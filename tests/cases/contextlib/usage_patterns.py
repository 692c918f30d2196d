# combinations seen in real programs
import io
from contextlib import (ExitStack, contextmanager, suppress, redirect_stdout,
                        closing, nullcontext)

class Conn:
    opened = []
    def __init__(self, name, fail=False):
        if fail:
            raise ConnectionError(name)
        self.name = name
        Conn.opened.append(name)
    def close(self):
        Conn.opened.remove(self.name)
        print("closed", self.name)

def open_all(names):
    with ExitStack() as stack:
        conns = [stack.enter_context(closing(Conn(n, n == "bad"))) for n in names]
        stack.pop_all()
        return conns

print([c.name for c in open_all(["a", "b"])], Conn.opened)
try:
    open_all(["c", "d", "bad", "e"])
except ConnectionError as e:
    print("ConnectionError", e, Conn.opened)

@contextmanager
def captured():
    buf = io.StringIO()
    with redirect_stdout(buf):
        yield buf

with captured() as out:
    print("hidden")
    with suppress(ZeroDivisionError):
        1 / 0
print("captured:", repr(out.getvalue()))

def maybe_lock(lock):
    return lock if lock is not None else nullcontext()
with maybe_lock(None) as v:
    print("no lock", v)

@contextmanager
def level(n):
    print("  " * n + "in", n)
    yield
    print("  " * n + "out", n)

with ExitStack() as s:
    for i in range(3):
        s.enter_context(level(i))
    print("body")
