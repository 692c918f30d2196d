# dictConfig: formatters, filters, handlers, loggers, root, ext:// and cfg://.
import logging, logging.config, sys

class Upper(logging.Filter):
    def __init__(self, suffix='!'):
        super().__init__()
        self.suffix = suffix
    def filter(self, record):
        record.msg = str(record.msg).upper() + self.suffix
        return True

def make_handler(prefix):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(prefix + '%(message)s'))
    return h

CONFIG = {
    'version': 1,
    'settings': {'fmt': '[%(name)s] %(levelname)s %(message)s', 'levels': ['DEBUG', 'ERROR']},
    'formatters': {
        'plain': {'format': 'cfg://settings.fmt'},
        'brace': {'format': '{levelname}:{message}', 'style': '{'},
        'dollar': {'format': '$levelname/$message', 'style': '$', 'datefmt': '%Y'},
        'custom': {'()': 'logging.Formatter', 'fmt': 'custom %(message)s'},
        'classy': {'class': 'logging.Formatter', 'format': 'classy %(message)s',
                   'defaults': {'x': 1}, 'validate': True},
    },
    'filters': {
        'only_app': {'name': 'app'},
        'upper': {'()': Upper, 'suffix': '?'},
        'upper2': {'()': '__main__.Upper', '.': {'extra_attr': 5}},
    },
    'handlers': {
        'out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                'formatter': 'plain', 'level': 'cfg://settings.levels[0]'},
        'brace': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                  'formatter': 'brace', 'filters': ['only_app']},
        'made': {'()': make_handler, 'prefix': 'made> ', '.': {'marker': 'M'}},
        'mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2, 'target': 'out'},
        'dollar': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                   'formatter': 'dollar', 'level': 'ERROR', 'filters': ['upper']},
    },
    'loggers': {
        'app': {'level': 'DEBUG', 'handlers': ['out', 'brace'], 'propagate': False},
        'app.sub': {'handlers': ['made', 'dollar'], 'filters': ['upper2']},
        'buffered': {'handlers': ['mem'], 'propagate': 0, 'level': 'INFO'},
    },
    'root': {'level': 'WARNING', 'handlers': ['made']},
}
logging.config.dictConfig(CONFIG)
app = logging.getLogger('app')
app.debug('debug on app')
app.info('info on app')
sub = logging.getLogger('app.sub')
sub.warning('warning on sub')
sub.error('error on sub')
b = logging.getLogger('buffered')
b.info('one')
print('-- buffered')
b.info('two')
logging.getLogger('other').warning('to the root')
print(logging.getHandlerByName('made').marker, sorted(logging.getHandlerNames()))
print(sub.filters[0].extra_attr, type(sub.filters[0]).__name__)
print(logging.getHandlerByName('mem').target is logging.getHandlerByName('out'))
print(app.propagate, sub.propagate, b.propagate, logging.root.level)
print([h.name for h in app.handlers], [h.name for h in logging.root.handlers])
fmt = logging.getHandlerByName('dollar').formatter
print(type(fmt._style).__name__, fmt.datefmt)
