# A program ending with an uncaught exception: garbage cycles are collected
# before the traceback is printed; the frames the traceback holds (sys.last_exc)
# let their locals go only at shutdown, before the globals.
import sys

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name, 'last_exc set:', getattr(sys, 'last_exc', None) is not None)

g = D('global')
c = D('cycle')
c.me = c
del c
def f():
    x = D('local-in-traceback')
    raise ValueError('boom')
f()
