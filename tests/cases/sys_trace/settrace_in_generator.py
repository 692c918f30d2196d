# settrace called inside a generator: the generator's later resumptions
# and the calls made meanwhile are traced.
import sys

def tr(frame, event, arg):
    print("tr", event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
    return tr

def gen():
    sys.settrace(tr)
    yield 1
    yield 2

def h():
    return 5

x = gen()
next(x)
h()
next(x)
sys.settrace(None)
