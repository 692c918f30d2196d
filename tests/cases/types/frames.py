# types: frames, tracebacks, cells and generators seen through their types.
import sys, types

def gen():
    yield sys._getframe()
g = gen()
frame = next(g)
print(type(frame) is types.FrameType, frame.f_code is gen.__code__, type(g) is types.GeneratorType)
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
print(isinstance(tb, types.TracebackType), tb.tb_lineno > 0, isinstance(tb.tb_frame, types.FrameType))
def outer():
    v = "captured"
    def inner(): return v
    return inner
cell = outer().__closure__[0]
print(isinstance(cell, types.CellType), cell.cell_contents, types.CellType("new").cell_contents)
c = types.CellType()
try:
    c.cell_contents
except ValueError as e:
    print("ValueError:", e)
async def coro(): return 1
co = coro()
print(isinstance(co, types.CoroutineType), isinstance(co, types.GeneratorType))
co.close()
async def agen(): yield 1
print(isinstance(agen(), types.AsyncGeneratorType))
print(isinstance(gen.__code__, types.CodeType), gen.__code__.co_name)
