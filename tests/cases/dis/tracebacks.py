# distb and Bytecode.from_traceback mark the failing instruction
import dis
import sys


def divide(a, b):
    x = a + 1
    return x / b


try:
    divide(1, 0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    dis.distb(tb)
    bc = dis.Bytecode.from_traceback(tb)
    print(bc.current_offset)
    print(bc.dis())
    sys.last_exc = e
    dis.distb(show_offsets=True)
    dis.dis()
    del sys.last_exc
try:
    dis.distb()
except RuntimeError as e:
    print("RuntimeError:", e)
