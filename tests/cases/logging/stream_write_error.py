# A stream whose write fails: the handler reports through handleError and
# logging goes on; RecursionError is not swallowed.
import logging, sys, io

sys.stderr = io.StringIO()
class Failing:
    def write(self, s):
        raise OSError('no space')
    def flush(self):
        pass
log = logging.getLogger('swe')
log.propagate = False
log.addHandler(logging.StreamHandler(Failing()))
ok = logging.StreamHandler(sys.stdout)
log.addHandler(ok)
log.warning('reported and continued')
lines = sys.stderr.getvalue().splitlines()
print(lines[0], lines[-2], lines[-1], [l for l in lines if l.startswith('OSError')])
class Deep:
    def write(self, s):
        raise RecursionError('too deep')
log.handlers[0] = logging.StreamHandler(Deep())
try:
    log.warning('recursion')
except RecursionError as e:
    print('RecursionError', e)
class NoFlush:
    def write(self, s):
        print('wrote', repr(s))
log.handlers[:] = [logging.StreamHandler(NoFlush())]
log.warning('no flush method needed')
