# cwd: tmp
# At exit, shutdown() flushes and closes the handlers: a file handler's
# records are in the file, a buffering handler's are flushed to its target.
import logging, logging.handlers, atexit, sys

def report():
    print('at exit, file has:', repr(open('exit.log').read()))
atexit.register(report)
fh = logging.FileHandler('exit.log')
fh.setFormatter(logging.Formatter('%(message)s'))
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('flushed at exit: %(message)s'))
mh = logging.handlers.MemoryHandler(100, target=out)
log = logging.getLogger('ef')
log.addHandler(fh)
log.addHandler(mh)
log.warning('one')
log.warning('two')
print('end of program')
