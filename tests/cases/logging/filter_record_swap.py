# A handler filter returning a new record: that handler sees the new record,
# other handlers and the caller keep the original; handle() returns it.
import logging, sys

class Swap(logging.Filter):
    def filter(self, record):
        new = logging.makeLogRecord(dict(record.__dict__, msg='swapped ' + record.msg))
        return new

a = logging.StreamHandler(sys.stdout)
a.setFormatter(logging.Formatter('a: %(message)s'))
a.addFilter(Swap())
b = logging.StreamHandler(sys.stdout)
b.setFormatter(logging.Formatter('b: %(message)s'))
log = logging.getLogger('swap')
log.addHandler(a)
log.addHandler(b)
log.warning('original')
rec = logging.makeLogRecord({'msg': 'direct', 'levelno': 30})
out = a.handle(rec)
print(type(out).__name__, out is rec, out.msg, rec.msg)
print(b.handle(rec) is rec)
log.addFilter(Swap())
log.warning('both swap')
