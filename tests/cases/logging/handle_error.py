# handleError's "--- Logging error ---" report for a message that does not
# format, with raiseExceptions on and off (the traceback's logging frames
# are left out: only the report's own lines are compared).
import logging, sys, io

err = io.StringIO()
sys.stderr = err
log = logging.getLogger('he')
log.addHandler(logging.StreamHandler(sys.stdout))
log.propagate = False

def report():
    text = err.getvalue()
    err.seek(0)
    err.truncate()
    lines = text.splitlines()
    keep = [l for l in lines if not l.startswith('  ')]
    print('\n'.join(keep))
    if user_frames_only:
        print('call stack frames:', [l.strip() for l in lines[lines.index('Call stack:'):] if l.startswith('  File')] if 'Call stack:' in lines else None)

user_frames_only = True

def do_log():
    log.error('bad %d', 'x')
do_log()
report()
log.error('two %s %s', 'one')
report()
log.error('%(key)s', {'other': 1})
report()
class Unprintable:
    def __repr__(self):
        raise RuntimeError('no repr')
    __str__ = __repr__
log.error(Unprintable())
report()
logging.raiseExceptions = False
log.error('bad %d', 'x')
report()
logging.raiseExceptions = True
class Broken(logging.Handler):
    def emit(self, record):
        try:
            raise OSError('disk full')
        except OSError:
            self.handleError(record)
log.addHandler(Broken())
user_frames_only = False
log.warning('to a broken handler %s', 'arg')
report()
h = logging.StreamHandler(sys.stdout)
try:
    h.handleError(logging.makeLogRecord({'msg': 'outside', 'args': (1,)}))
except AttributeError as e:
    print('AttributeError', e)
report()
print('done')
