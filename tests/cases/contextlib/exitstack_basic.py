# ExitStack: order of callbacks, push, callback, enter_context, pop_all, close
from contextlib import ExitStack, contextmanager

@contextmanager
def named(n):
    print("enter", n)
    yield n
    print("exit", n)

class Exiter:
    def __init__(self, n, result=False):
        self.n, self.result = n, result
    def __exit__(self, *exc):
        print("Exiter", self.n, exc[0])
        return self.result

with ExitStack() as stack:
    print(stack.enter_context(named("a")))
    got = stack.callback(print, "callback", 1, sep="|")
    print(got is print)
    e = Exiter("obj")
    print(stack.push(e) is e)
    def plain(*details):
        print("plain", details)
    print(stack.push(plain) is plain)
    print(stack.enter_context(named("b")))
print("--- pop_all")
with ExitStack() as stack:
    stack.callback(print, "moved")
    moved = stack.pop_all()
    print(type(moved).__name__, moved is not stack)
print("left the with")
moved.close()
moved.close()
print("--- close")
s = ExitStack()
s.callback(print, "closed once")
s.close()
s.close()
print("--- callback with keyword names")
with ExitStack() as stack:
    stack.callback(lambda callback, self: print(callback, self), callback=1, self=2)
try:
    ExitStack().callback()
except TypeError as e:
    print("TypeError:", e)
print(ExitStack.__doc__)
print(ExitStack.close.__doc__, ExitStack.pop_all.__doc__)
print(ExitStack.push.__doc__)
print(ExitStack.enter_context.__doc__)
print(ExitStack.callback.__doc__)
