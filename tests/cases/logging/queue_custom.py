# QueueListener with its own dequeue/prepare, a queue without task_done,
# and a handler that enqueues with a custom method.
import logging, logging.handlers, queue, sys

q = queue.Queue()
class Loud(logging.handlers.QueueHandler):
    def enqueue(self, record):
        print('enqueue', record.msg)
        super().enqueue(record)
log = logging.getLogger('qc')
log.propagate = False
log.addHandler(Loud(q))
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('out %(levelname)s %(message)s'))
class Mine(logging.handlers.QueueListener):
    def prepare(self, record):
        record.msg = record.msg.upper()
        return record
    def dequeue(self, block):
        item = super().dequeue(block)
        print('dequeue', None if item is None else item.msg)
        return item
ql = Mine(q, out)
log.warning('alpha')
log.error('beta %d', 2)
ql.start()
ql.stop()
print(q.qsize())
