# shutdown at exit: handlers are flushed and closed newest first, errors of
# closed streams ignored, flushOnClose honoured.
import logging, sys

class Tracing(logging.Handler):
    def __init__(self, tag, fail=None):
        super().__init__()
        self.tag = tag
        self.fail = fail
    def emit(self, record):
        print(self.tag, 'emit', record.getMessage())
    def flush(self):
        print(self.tag, 'flush')
        if self.fail:
            raise self.fail
    def close(self):
        print(self.tag, 'close')
        super().close()

a = Tracing('a')
b = Tracing('b', ValueError('closed file'))
c = Tracing('c')
c.flushOnClose = False
keep = [a, b, c]
logging.getLogger().addHandler(a)
logging.warning('message')
logging.shutdown([__import__('weakref').ref(a)])
print('explicit done')
d = Tracing('d', KeyError('not ignored'))
logging.raiseExceptions = False
keep.append(d)
print('end of program')
