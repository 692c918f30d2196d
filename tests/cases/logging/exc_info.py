# Exceptions and stack information in the output, as traceback prints them.
import logging, sys

log = logging.getLogger('exc')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s %(funcName)s:%(lineno)d %(message)s'))
log.addHandler(h)
log.propagate = False

def fail():
    raise ValueError('bad value')

try:
    fail()
except ValueError:
    log.exception('caught %s', 'it')
    log.error('with exc_info', exc_info=True)
    log.warning('explicit tuple', exc_info=sys.exc_info())
try:
    {}['k']
except KeyError as e:
    saved = e
log.error('instance given', exc_info=saved)
log.error('no exception active', exc_info=True)
log.info('not enabled', exc_info=True)

def outer():
    inner()
def inner():
    log.warning('stack here', stack_info=True)
outer()
try:
    fail()
except ValueError:
    log.error('both', exc_info=True, stack_info=True)

rec = logging.makeLogRecord({'msg': 'x', 'exc_text': 'cached text'})
print(logging.Formatter().format(rec))
rec = logging.makeLogRecord({'msg': 'ends\n', 'exc_text': 'after newline'})
print(repr(logging.Formatter().format(rec)))
try:
    raise KeyError('k') from TypeError('cause')
except KeyError:
    log.exception('chained')
try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except ExceptionGroup:
    log.exception('group')
