# The exception text is formatted once and cached on the record; a
# formatter may override formatException and formatStack.
import logging, sys

class Short(logging.Formatter):
    def formatException(self, ei):
        return 'EXC<%s: %s>' % (ei[0].__name__, ei[1])
    def formatStack(self, stack_info):
        return 'STACK<%d lines>' % len(stack_info.splitlines())

log = logging.getLogger('cache')
log.propagate = False
a = logging.StreamHandler(sys.stdout)
a.setFormatter(Short('A %(message)s'))
b = logging.StreamHandler(sys.stdout)
b.setFormatter(logging.Formatter('B %(message)s'))
log.addHandler(a)
log.addHandler(b)
try:
    raise RuntimeError('boom')
except RuntimeError:
    log.exception('first formatter wins the cache')
log.removeHandler(a)
log.addHandler(a)
try:
    raise RuntimeError('again')
except RuntimeError:
    log.error('order swapped', exc_info=True)
log.handlers[:] = [a]
def f():
    log.warning('stacked', stack_info=True)
f()
log.handlers[:] = [b]
log.exception('outside an except clause')
rec = logging.makeLogRecord({'msg': 'm', 'exc_info': (ValueError, ValueError('v'), None)})
print(logging.Formatter().format(rec))
print(repr(rec.exc_text))
