# findCaller: file, line, function, stacklevel, through adapters and helpers.
import logging, sys

log = logging.getLogger('fc')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(filename)s %(module)s %(funcName)s %(lineno)d %(message)s'))
log.addHandler(h)
log.propagate = False

def helper(msg, level=1):
    log.warning(msg, stacklevel=level)

def caller():
    helper('level 1')
    helper('level 2', 2)
    helper('level 3', 3)
    helper('level 99', 99)

caller()
log.warning('top level')
logging.LoggerAdapter(log, {}).warning('through an adapter')
class Sub(logging.Logger):
    pass
print(log.findCaller()[1:3])
fn, lno, func, sinfo = log.findCaller(stack_info=True)
print(lno, func)
print(sinfo)
def deep():
    return log.findCaller(stacklevel=2)[2]
print(deep())
