# cwd: tmp
# WatchedFileHandler reopens its file when it is moved or removed.
import logging, logging.handlers, os

h = logging.handlers.WatchedFileHandler('w.log')
h.setFormatter(logging.Formatter('%(message)s'))
print(h.dev != -1, h.ino != -1)
log = logging.getLogger('watched')
log.propagate = False
log.addHandler(h)
log.warning('one')
os.rename('w.log', 'w.log.1')
log.warning('two')
os.remove('w.log')
log.warning('three')
h.close()
print({n: open(n).read() for n in sorted(os.listdir('.'))})
d = logging.handlers.WatchedFileHandler('d.log', delay=True)
print(d.stream, d.dev, d.ino, os.path.exists('d.log'))
log.addHandler(d)
log.warning('delayed')
d.close()
print(open('d.log').read())
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.DEFAULT_UDP_LOGGING_PORT,
      logging.handlers.DEFAULT_HTTP_LOGGING_PORT, logging.handlers.DEFAULT_SOAP_LOGGING_PORT,
      logging.handlers.SYSLOG_UDP_PORT, logging.handlers.SYSLOG_TCP_PORT)
