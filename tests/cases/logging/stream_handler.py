# StreamHandler: default stream, setStream, terminator, flush, repr.
import logging, sys, io

h = logging.StreamHandler()
print(h.stream is sys.stderr, repr(h))
buf = io.StringIO()
print(h.setStream(buf) is sys.stderr, h.setStream(buf))
print(repr(h))
rec = logging.makeLogRecord({'msg': 'one %s', 'args': (1,), 'levelname': 'INFO'})
h.handle(rec)
h.terminator = '|'
h.handle(rec)
h.handle(rec)
print(repr(buf.getvalue()))
class Named:
    name = 'my stream'
    def write(self, s):
        print('write', repr(s))
n = logging.StreamHandler(Named())
print(repr(n))
n.handle(rec)
n.flush()
class Numbered:
    name = 3
    def write(self, s):
        pass
print(repr(logging.StreamHandler(Numbered())))
print(repr(logging.StreamHandler(sys.stdout)))
h2 = logging.StreamHandler(sys.stdout)
h2.setLevel(logging.WARNING)
h2.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
print(repr(h2))
print(h2.handle(rec) is rec)
h2.addFilter(lambda r: False)
print(h2.handle(rec))
print(logging.StreamHandler[int], logging.NullHandler().lock, repr(logging.NullHandler()))
nh = logging.NullHandler()
nh.handle(rec)
nh.emit(rec)
nh.flush()
nh.close()
try:
    logging.Handler().emit(rec)
except NotImplementedError as e:
    print(e)
print(repr(logging.Handler()), logging.Handler().format(rec))
h3 = logging.Handler()
h3.setFormatter(logging.Formatter('<%(message)s>'))
print(h3.format(rec))
h3.acquire(); h3.release()
h3.close()
