# dictConfig: callables as filters, a root-only configuration, handler
# properties, propagate and level kept when not given, errors for loggers.
import logging, logging.config, sys

def only_odd(record):
    return record.args and record.args[0] % 2
logging.config.dictConfig({
    'version': 1,
    'handlers': {'out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                         'filters': [only_odd], '.': {'terminator': ' <\n'}}},
    'root': {'handlers': ['out'], 'level': 'DEBUG'},
})
for i in range(4):
    logging.info('number %d', i)
print(logging.getHandlerByName('out').terminator == ' <\n')
lg = logging.getLogger('cfg.more')
lg.setLevel(logging.ERROR)
lg.propagate = False
logging.config.dictConfig({'version': 1, 'disable_existing_loggers': False,
                           'loggers': {'cfg.more': {}}})
print(lg.level, lg.propagate, lg.disabled, logging.root.handlers)
for cfg in [{'version': 1, 'loggers': {'a': {'propagate': 'x', 'handlers': 'h'}}},
            {'version': 1, 'root': {'handlers': ['missing']}},
            {'version': 1, 'formatters': {'f': {'format': '{x', 'style': '{'}}},
            {'version': 1, 'filters': {'f': {'()': 'builtins.int', 'bogus': 1}}},
            {'version': 1, 'handlers': {'h': {'()': 'logging.StreamHandler', 'level': 'BAD'}}},
            {'version': '1'}, {'version': 1.0}]:
    try:
        logging.config.dictConfig(cfg)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e, '|', repr(e.__cause__))
