# List, set and dict comprehensions (inlined in their function) and
# generator expressions (frames of their own).
import sys

def show(frame, event, arg):
    co = frame.f_code
    if co.co_filename == show.__code__.co_filename and co is not show.__code__:
        print(event, co.co_name, frame.f_lineno - 10, arg if event == "return" else "")
    return show

def comps(n):
    a = [x * 2 for x in range(n)]
    b = {x % 2 for x in range(n)}
    c = {x: x * x
         for x in range(n)
         if x}
    d = sum(x for x in range(n))
    e = [(x, y) for x in range(2) for y in range(2)]
    return a, b, c, d, e

sys.settrace(show)
print(comps(3))
sys.settrace(None)
