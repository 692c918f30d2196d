# A handler on a stream: formats, propagation, levels on loggers and handlers.
import logging, sys

root = logging.getLogger()
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(name)s|%(levelname)s|%(levelno)d|%(message)s'))
root.addHandler(h)
root.setLevel(logging.DEBUG)
log = logging.getLogger('app.sub')
log.debug('debug %s', 1)
log.info('info %d %d', 2, 3)
log.warning('warning')
log.error('error %(a)s %(b)s', {'a': 'A', 'b': 'B'})
log.critical('critical %r', [1])
log.fatal('fatal')
log.log(25, 'custom level')
log.log(5, 'too low for nobody')
logging.getLogger('app').setLevel(logging.WARNING)
log.info('hidden')
log.warning('shown')
h.setLevel(logging.ERROR)
log.warning('hidden by handler')
log.error('shown by handler')
h.setLevel(0)
log.propagate = False
log.error('no handler on the way: lastResort')
log.propagate = True
log.disabled = True
log.error('disabled')
log.disabled = False
log.error('enabled again')
log.info('no args %s')
log.info('%s', ('tuple',))
log.info({'msg': 'dict'})
log.info(42)
try:
    log.log('INFO', 'x')
except TypeError as e:
    print(e)
logging.raiseExceptions = False
log.log('INFO', 'ignored')
print(root.hasHandlers(), log.hasHandlers())
root.removeHandler(h)
print(root.hasHandlers(), log.hasHandlers(), root.handlers)
