# The module's own frame is traced once its f_trace is set; code run by
# exec-like calls of functions defined later is traced from their 'call'.
import sys

def show(frame, event, arg):
    co = frame.f_code
    if co.co_filename == show.__code__.co_filename and co is not show.__code__:
        print(event, co.co_name, frame.f_lineno)
    return show

sys._getframe().f_trace = show
sys.settrace(show)
x = 1
for i in range(2):
    x += i
def f():
    return x
y = f()
if y:
    z = 2
sys.settrace(None)
print(x, y, z)
