# LoggerAdapter: extra, merge_extra, process overrides, delegation, repr.
import logging, sys

log = logging.getLogger('ad')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s %(user)s %(message)s', defaults={'user': '-'}))
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.propagate = False

a = logging.LoggerAdapter(log, {'user': 'alice'})
a.debug('debug %d', 1)
a.info('info')
a.warning('warning')
a.error('error')
a.critical('critical')
a.log(25, 'log at 25')
try:
    1 / 0
except ZeroDivisionError:
    a.exception('exception')
a.info('own extra ignored', extra={'user': 'bob'})
m = logging.LoggerAdapter(log, {'user': 'alice', 'k': 1}, merge_extra=True)
m.info('merged', extra={'user': 'bob'})
m.info('not given')
class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['user'], msg), kwargs
p = Prefix(log, {'user': 'carol'})
p.info('prefixed')
nested = logging.LoggerAdapter(p, {'user': 'dave'})
nested.info('nested')
print(repr(a), repr(nested), a.name, a.manager is log.manager)
print(a.isEnabledFor(10), a.getEffectiveLevel(), a.hasHandlers())
a.setLevel(logging.ERROR)
print(log.level, repr(a))
a.info('now hidden')
print(a.logger is log, a.extra, m.merge_extra, a.merge_extra)
print(logging.LoggerAdapter[int])
print(logging.LoggerAdapter(log).extra)
import warnings
warnings.simplefilter('always')
sys.stderr = sys.stdout
a.warn('deprecated warn')
log.warn('deprecated warn on logger')
logging.warn('deprecated module warn')
