# LoggerAdapter extras that collide with record attributes; a subclass that
# adds to the message; an adapter over the root logger.
import logging, sys

logging.basicConfig(stream=sys.stdout, format='%(levelname)s %(message)s %(ctx)s', level=logging.DEBUG)
a = logging.LoggerAdapter(logging.getLogger(), {'ctx': 'C'})
a.info('fine')
bad = logging.LoggerAdapter(logging.getLogger(), {'lineno': 1})
try:
    bad.info('collides')
except KeyError as e:
    print('KeyError', e)
bad.debug('still raises when enabled') if False else None
class Counting(logging.LoggerAdapter):
    count = 0
    def process(self, msg, kwargs):
        Counting.count += 1
        kwargs['extra'] = {'ctx': Counting.count}
        return msg, kwargs
c = Counting(logging.getLogger('x'))
c.warning('first')
c.error('second %s', 'arg')
logging.getLogger('x').setLevel(logging.ERROR)
c.warning('not processed')
print(Counting.count)
print(repr(c), c.extra)
