# Filter by logger name, callables as filters, filters that return a new
# record, on loggers and handlers.
import logging, sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(name)s %(message)s'))
root = logging.getLogger()
root.addHandler(out)
root.setLevel(logging.DEBUG)

f = logging.Filter('a.b')
for name in ('a', 'a.b', 'a.bc', 'a.b.c', 'b.a.b', ''):
    print(repr(name), bool(f.filter(logging.makeLogRecord({'name': name}))))
print(logging.Filter().filter(logging.makeLogRecord({'name': 'x'})), f.name, f.nlen)

out.addFilter(f)
for name in ('a', 'a.b', 'a.b.c', 'a.bb'):
    logging.getLogger(name).info('through handler filter')
out.removeFilter(f)
out.removeFilter(f)

def no_secret(record):
    return 'secret' not in record.getMessage()
lg = logging.getLogger('c')
lg.addFilter(no_secret)
lg.addFilter(no_secret)
print(len(lg.filters))
lg.info('public')
lg.info('a secret')
lg.removeFilter(no_secret)
lg.info('a secret now shown')

def rewrite(record):
    new = logging.makeLogRecord(record.__dict__)
    new.msg = 'rewritten: ' + record.msg
    return new
out.addFilter(rewrite)
lg.info('original')
out.removeFilter(rewrite)
lg.addFilter(rewrite)
lg.info('at the logger')
lg.removeFilter(rewrite)

class Counter:
    calls = 0
    def filter(self, record):
        self.calls += 1
        return record.levelno >= logging.WARNING
c = Counter()
lg.addFilter(c)
lg.info('dropped')
lg.warning('kept')
print(c.calls)
lg.removeFilter(c)

fl = logging.Filterer()
rec = logging.makeLogRecord({'msg': 'm'})
print(fl.filter(rec) is rec)
fl.addFilter(lambda r: 0)
print(fl.filter(rec))
fl.filters[:] = [lambda r: 'truthy']
print(fl.filter(rec) is rec)
child = logging.getLogger('c.child')
lg.addFilter(lambda r: False)
child.info('logger filters do not apply to records from children')
