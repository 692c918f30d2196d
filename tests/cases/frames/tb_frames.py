# Walking a traceback's frames: code, locals, globals, callers.
import sys

def inner(n):
    label = "inner"
    total = n * 2
    raise KeyError(total)

def middle(n):
    items = [n, n + 1]
    return inner(n + 1)

def outer():
    return middle(10)

try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    print(tb.tb_frame is sys._getframe())
    tb = tb.tb_next
    while tb:
        fr = tb.tb_frame
        print(fr.f_code.co_name, tb.tb_lineno, fr.f_lineno, sorted(fr.f_locals.items()))
        print("  back:", fr.f_back.f_code.co_name, fr.f_globals is globals(), isinstance(fr.f_lasti, int))
        tb = tb.tb_next

# a frame shows the module's namespace as its locals at top level
print(sys._getframe().f_locals is globals())
print(type(sys._getframe()).__name__, sys._getframe().f_back)

# clearing a finished frame drops its variables
def fails():
    secret = [1, 2, 3]
    raise ValueError("x")
try:
    fails()
except ValueError as e:
    fr = e.__traceback__.tb_next.tb_frame
    print(fr.f_locals)
    fr.clear()
    print(fr.f_locals, fr.f_lineno)
    try:
        sys._getframe().clear()
    except RuntimeError as err:
        print("RuntimeError:", err)
