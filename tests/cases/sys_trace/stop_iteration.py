# The 'exception' event of the StopIteration that ends a generator: for
# FOR_ITER only when it returns a value, for yield from and await always.
import sys
def tr(frame, event, arg):
    if event == "exception": print(event, frame.f_code.co_name, frame.f_lineno, arg[1])
    return tr
def g_none():
    yield 1
def g_val():
    yield 1
    return 5
def g_none2():
    return
    yield
def d1():
    yield from g_none()
    yield from g_val()
    yield from g_none2()
async def c_none():
    pass
async def c_val():
    return 3
async def outer():
    await c_none()
    await c_val()
def main():
    for x in g_none(): pass
    for x in g_val(): pass
    for x in g_none2(): pass
    list(d1())
    try: outer().send(None)
    except StopIteration: pass
sys.settrace(tr)
main()
sys.settrace(None)
