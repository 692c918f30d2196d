# Generators: 'call' at every resumption, 'return' at every yield with the
# value yielded, send, close, a generator that returns a value.
import sys

def show(frame, event, arg):
    co = frame.f_code
    if co.co_name in ("gen", "main"):
        print(event, co.co_name, frame.f_lineno - co.co_firstlineno, repr(arg) if event != "exception" else arg[0].__name__)
    return show

def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print("got", got)
    return "done"

def main():
    g = gen(3)
    print(next(g))
    print(g.send("hello"))
    for v in gen(2):
        print(v)
    h = gen(5)
    next(h)
    h.close()
    try:
        g2 = gen(0)
        next(g2)
    except StopIteration as e:
        print("stop", e.value)

sys.settrace(show)
main()
sys.settrace(None)
