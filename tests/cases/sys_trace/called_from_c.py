# Python functions called from built-ins (map, sorted's key, a __repr__
# called by repr(), a __hash__ called by a dict) are traced too.
import sys

def show(frame, event, arg):
    co = frame.f_code
    if co.co_filename == show.__code__.co_filename and co is not show.__code__:
        print(event, co.co_name, frame.f_lineno - co.co_firstlineno, arg if event == "return" else "")
    return show

def neg(x):
    return -x

class K:
    def __repr__(self):
        return "K!"
    def __hash__(self):
        return 1

def main():
    a = list(map(neg, [1, 2]))
    b = sorted([3, 1], key=neg)
    c = repr(K())
    d = {K(): 1}
    return a, b, c, len(d)

sys.settrace(show)
print(main())
sys.settrace(None)
