# sys.addaudithook and sys.audit: order, a hook refusing new hooks, errors.
import sys
def hook(ev, args):
    if ev.startswith(('cpython', 'sys.', 'my', 'builtins', 'exec', 'open')):
        print('hook', ev, args)
sys.addaudithook(hook)
sys.audit('my.event', 1, 'two')
sys.audit('my.none')
def bad(ev, args):
    if ev == 'sys.addaudithook':
        raise RuntimeError('no more hooks')
sys.addaudithook(bad)
sys.addaudithook(lambda e, a: print('never'))
print(len('x'))
try:
    sys.audit(5)
except TypeError as e:
    print(e)
try:
    sys.audit()
except TypeError as e:
    print(e)
class Stop(Exception): pass
def stopper(ev, args):
    if ev == 'my.stop':
        raise Stop(ev)
# cannot add: bad blocks
sys.addaudithook(stopper)
try:
    sys.audit('my.stop')
except Stop as e:
    print('stopped', e)
