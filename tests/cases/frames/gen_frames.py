# gi_frame / cr_frame / ag_frame of generators and coroutines.
import sys

def gen():
    a = 1
    yield sys._getframe().f_back.f_code.co_name
    b = 2
    yield b

g = gen()
fr = g.gi_frame
print(fr.f_code.co_name, fr.f_lineno, fr.f_lasti, fr.f_back, fr.f_locals)
print(next(g))
print(fr.f_lineno, fr.f_locals, fr.f_back, fr.f_generator is g)
try:
    fr.clear()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(g), fr.f_lineno, fr.f_locals)
print(list(g), g.gi_frame, fr.f_lineno, fr.f_locals, fr.f_back)

async def coro():
    x = "c"
    return x

c = coro()
cf = c.cr_frame
print(cf.f_code.co_name, cf.f_lineno, cf.f_locals)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame, cf.f_locals)

async def agen():
    yield 1

ag = agen()
print(ag.ag_frame.f_code.co_name)

# generator expressions have frames too
ge = (i * i for i in range(3))
print(ge.gi_frame.f_code.co_name, sorted(ge.gi_frame.f_locals))
next(ge)
print(sorted(ge.gi_frame.f_locals)[1:], ge.gi_frame.f_locals['i'])
