# Line events of with statements: entering, the body, the exit (normal
# and by an exception the context manager suppresses), nested withs.
import sys

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        return self.name
    def __exit__(self, *exc):
        return self.suppress

def show(frame, event, arg):
    co = frame.f_code
    if co.co_name == "use":
        print(event, frame.f_lineno - co.co_firstlineno)
    return show

def use():
    with CM("a") as a:
        x = a
    with CM("b", True):
        raise ValueError
    with CM("c") as c, CM("d") as d:
        x += c + d
    with (CM("e") as e,
          CM("f") as f):
        x += e
    return x

sys.settrace(show)
print(use())
sys.settrace(None)
