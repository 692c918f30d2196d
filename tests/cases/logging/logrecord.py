# LogRecord's attributes, getMessage, repr, the record factory, makeRecord's
# refusal to overwrite attributes.
import logging, os, threading

r = logging.LogRecord('name', logging.INFO, '/some/dir/file.py', 12, 'msg %s %s', ('a', 1), None,
                      func='fn', sinfo='stack')
print(sorted(vars(r)))
for k in ('name', 'msg', 'args', 'levelname', 'levelno', 'pathname', 'filename', 'module',
          'exc_info', 'exc_text', 'stack_info', 'lineno', 'funcName', 'threadName',
          'processName', 'taskName'):
    print(k, repr(getattr(r, k)))
print(type(r.created), type(r.msecs), type(r.relativeCreated), r.msecs == int(r.msecs),
      0 <= r.msecs < 1000, r.relativeCreated >= 0)
print(r.process == os.getpid(), r.thread == threading.get_ident())
print(r.getMessage(), repr(r))
print(logging.LogRecord('n', 20, 'p', 1, 'm %(a)s', ({'a': 5},), None).getMessage())
print(logging.LogRecord('n', 20, 'p', 1, 'm %s', ({},), None).args)
print(logging.LogRecord('n', 20, 'p', 1, 'm %s', ([1],), None).args)
print(logging.LogRecord('n', 20, None, 1, 'm', (), None).module)
print(logging.LogRecord('n', 20, 5, 1, 'm', (), None).filename)
print(logging.LogRecord('n', 20, 'dir/x.tar.gz', 1, 'm', None, None).module)
print(logging.LogRecord('n', 33, 'p', 1, 'm', (), None).levelname)
print(repr(logging.makeLogRecord({})), logging.makeLogRecord({'msg': 'x', 'foo': 1}).foo)
print(logging.getLogRecordFactory() is logging.LogRecord)

class Tagged(logging.LogRecord):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.tag = 'T'
logging.setLogRecordFactory(Tagged)
import sys
log = logging.getLogger('rec')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(tag)s %(message)s %(extra1)s'))
log.addHandler(h)
log.warning('via factory', extra={'extra1': 'E'})
for bad in ('message', 'asctime', 'name', 'tag', 'lineno'):
    try:
        log.warning('x', extra={bad: 1})
    except KeyError as e:
        print('KeyError', e)
logging.setLogRecordFactory(logging.LogRecord)
rec = log.makeRecord('other', 40, 'f.py', 3, 'made %s', ('here',), None, 'func', {'extra1': 'X'}, 'sinfo')
print(type(rec).__name__, rec.name, rec.extra1, rec.funcName, rec.stack_info, rec.getMessage())
logging.logThreads = False
logging.logProcesses = False
logging.logMultiprocessing = False
r2 = logging.LogRecord('n', 20, 'p', 1, 'm', (), None)
print(r2.thread, r2.threadName, r2.process, r2.processName)
