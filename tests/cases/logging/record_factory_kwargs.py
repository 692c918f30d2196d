# A record factory that wraps the old one; makeRecord's arguments reach it.
import logging, sys

old = logging.getLogRecordFactory()
seen = []
def factory(*args, **kwargs):
    seen.append((args[0], args[1], args[4], len(args), sorted(kwargs)))
    record = old(*args, **kwargs)
    record.custom = 'C%d' % len(seen)
    return record
logging.setLogRecordFactory(factory)
log = logging.getLogger('rf')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(custom)s %(message)s'))
log.addHandler(h)
log.warning('one')
log.error('two %s', 'args')
print(seen)
print(logging.makeLogRecord({'msg': 'x'}).custom)
logging.setLogRecordFactory(old)
print(hasattr(logging.makeLogRecord({}), 'custom'))
