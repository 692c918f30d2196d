# The module-level functions configure the root logger on first use.
import logging, sys

sys.stderr = sys.stdout
logging.info('not shown: level is WARNING')
print(logging.root.handlers)
logging.warning('warning %s', 'here')
print(logging.root.handlers, logging.root.handlers[0].stream is sys.stdout)
logging.error('error')
logging.critical('critical')
logging.fatal('fatal')
logging.log(logging.ERROR, 'log %d', 40)
try:
    1 / 0
except ZeroDivisionError:
    logging.exception('caught')
logging.error('no exc', exc_info=False)
logging.disable(logging.ERROR)
logging.error('disabled')
logging.critical('still shown')
logging.disable()
logging.critical('disabled too')
logging.disable(logging.NOTSET)
logging.critical('back')
print(logging.root.manager.disable)
try:
    logging.disable('BAD')
except ValueError as e:
    print(e)
print(logging.debug.__name__, logging.info.__name__)
