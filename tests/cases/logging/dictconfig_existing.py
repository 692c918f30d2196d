# dictConfig and the loggers that existed before: disabled or kept, children
# of configured loggers reset; incremental configuration.
import logging, logging.config, sys

before = logging.getLogger('old')
child = logging.getLogger('kept.child')
child.setLevel(logging.ERROR)
child.propagate = False
child.addHandler(logging.NullHandler())
logging.getLogger('kept.child.deeper')
old_handler = logging.StreamHandler(sys.stdout)
logging.root.addHandler(old_handler)

base = {
    'version': 1,
    'handlers': {'out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                         'level': 'DEBUG'}},
    'loggers': {'kept': {'level': 'INFO', 'handlers': ['out']}},
    'root': {'handlers': ['out'], 'level': 'INFO'},
}
logging.config.dictConfig(base)
print(before.disabled, child.disabled, child.level, child.propagate, child.handlers)
print(old_handler in logging.root.handlers)
before.warning('old is disabled')
child.info('child passes up to kept')
logging.getLogger('new').info('new loggers work')

logging.config.dictConfig(dict(base, disable_existing_loggers=False))
print(before.disabled)
before.warning('old works again')

logging.config.dictConfig({'version': 1, 'incremental': True,
                           'handlers': {'out': {'level': 'ERROR'}},
                           'loggers': {'kept': {'level': 'DEBUG'}},
                           'root': {'level': 'CRITICAL'}})
h = logging.getHandlerByName('out')
print(h.level, logging.getLogger('kept').level, logging.root.level, len(logging.getLogger('kept').handlers))
logging.getLogger('kept').warning('below the handler level')
logging.getLogger('kept').error('at the handler level')
try:
    logging.config.dictConfig({'version': 1, 'incremental': True,
                               'handlers': {'zz': {'level': 'ERROR'}}})
except ValueError as e:
    print(e)
print(logging.config.valid_ident('abc'))
try:
    logging.config.valid_ident('a-b')
except ValueError as e:
    print(e)
try:
    logging.config.dictConfig({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'a-b': 1}}})
except ValueError as e:
    print(e, '|', e.__cause__)
