class CM:
    def __init__(self, name): self.name = name
    def __enter__(self): print("enter", self.name); return self
    def __exit__(self, t, v, tb): print("exit", self.name, t.__name__ if t else None); return t is KeyError
with CM("a") as a, CM("b"):
    print("body")
with CM("c"):
    raise KeyError("k")
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for x in gen():
    print(x)
    break
print("after break")
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
class D:
    def __del__(self): print("del D")
d = D(); d = None; print("after del")
def outer():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
try:
    outer()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__)
try:
    try: raise TypeError("a")
    finally: print("inner finally")
except TypeError as e: print("caught", e)
eg = ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
try:
    raise eg
except* ValueError as g:
    print("VE", g.exceptions)
except* TypeError as g:
    print("TE", g.exceptions)
def deep(n):
    if n == 0: raise RuntimeError("bottom")
    deep(n - 1)
try: deep(5)
except RuntimeError as e:
    tb = e.__traceback__; n = 0
    while tb: n += 1; tb = tb.tb_next
    print("frames", n)
def g2():
    x = yield
    while True:
        x = yield x * 2
c = g2(); next(c); print(c.send(3), c.send(5)); c.close()
print(c.gi_frame)
async def co(n):
    return n + 1
async def main():
    r = await co(1)
    return r * 10
m = main()
try: m.send(None)
except StopIteration as s: print("result", s.value)
raise SystemExit("bye")
