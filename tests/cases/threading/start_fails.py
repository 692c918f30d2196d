# _thread's argument checks, and locals, stack sizes and hooks.
import threading, _thread, sys


class Data(threading.local):
    def __init__(self, x):
        self.x = x


d = Data(5)
print(d.x, type(threading.local()).__name__, threading.local.__module__)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
loc = threading.local()
loc.a = 1
print(loc.a, loc.__dict__)
for args in [(1, ()), (print, []), (print, (), 1)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError", e)
print(threading.stack_size(), _thread.stack_size(0))
try:
    threading.stack_size(100)
except ValueError as e:
    print("ValueError", e)
def hook(*a):
    return hook
threading.settrace(hook)
threading.setprofile(hook)
print(threading.gettrace() is hook, threading.getprofile() is hook, sys.gettrace())
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
print(threading.excepthook is threading.__excepthook__, _thread.daemon_threads_allowed())
timer = threading.Timer(10, print, args=("late",))
print(repr(timer).startswith("<Timer(Thread-"), timer.interval, timer.args, timer.daemon)
timer.cancel()
print(timer.finished.is_set())
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)
