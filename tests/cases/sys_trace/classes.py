# Class bodies, methods, __init__ called by a class, properties, lambdas and
# decorators under settrace.
import sys

def show(frame, event, arg):
    co = frame.f_code
    if co.co_filename == show.__code__.co_filename and co is not show.__code__:
        a = repr(arg) if event == "return" and not isinstance(arg, type) else ""
        print(event, co.co_qualname, frame.f_lineno - 25, a)
    return show

def deco(fn):
    return fn

def main():
    class Point:
        kind = "p"
        def __init__(self, x):
            self.x = x
        @property
        def double(self):
            return self.x * 2
        @deco
        def show(self):
            return (lambda y: y + self.x)(1)
    p = Point(2)
    return p.double, p.show()

sys.settrace(show)
print(main())
sys.settrace(None)
