# QueueHandler prepares records for a queue; QueueListener hands them on.
import logging, logging.handlers, queue, sys

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter('%(levelname)s|%(message)s'))
log = logging.getLogger('q')
log.propagate = False
log.addHandler(qh)
log.warning('hello %s', 'queue')
try:
    1 / 0
except ZeroDivisionError:
    log.exception('failed')
print(q.qsize())
first = q.get_nowait()
print(first.msg, first.message, first.args, first.exc_info, first.exc_text, first.stack_info,
      first.getMessage())
second = q.get_nowait()
print(repr(second.msg.splitlines()[0]), second.msg.splitlines()[-1], second.exc_info)
print(qh.listener, qh.queue is q)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('listener: %(message)s'))
high = logging.StreamHandler(sys.stdout)
high.setLevel(logging.ERROR)
high.setFormatter(logging.Formatter('high: %(message)s'))
listener = logging.handlers.QueueListener(q, out, high)
print(listener.handlers == (out, high), listener.respect_handler_level)
listener.start()
try:
    listener.start()
except RuntimeError as e:
    print(e)
log.warning('w1')
log.error('e1')
listener.stop()
print('stopped', q.qsize())
listener.stop()
l2 = logging.handlers.QueueListener(q, out, high, respect_handler_level=True)
with l2:
    log.warning('w2')
    log.error('e2')
print('left', q.qsize())
class Plain(logging.handlers.QueueHandler):
    def prepare(self, record):
        return record.getMessage()
q2 = queue.SimpleQueue()
log.addHandler(Plain(q2))
log.warning('as %s', 'text')
while not q2.empty():
    print(repr(q2.get()))
class Full:
    def put_nowait(self, item):
        raise queue.Full
import io
sys.stderr = io.StringIO()
log.handlers[:] = [logging.handlers.QueueHandler(Full())]
log.warning('queue full')
print(sys.stderr.getvalue().splitlines()[0])
