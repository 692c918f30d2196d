# logging.config.fileConfig: formatter styles, datefmt, defaults, custom classes, validation errors
import logging, logging.config, sys, io, configparser

class Tagged(logging.Formatter):
    def format(self, record):
        return '<' + super().format(record) + '>'
sys.modules['fmtmod'] = type(sys)('fmtmod')
sys.modules['fmtmod'].Tagged = Tagged

def configure(formatter, **kw):
    cp = configparser.RawConfigParser()
    cp.read_dict({'loggers': {'keys': 'root'}, 'handlers': {'keys': 'h'},
                  'formatters': {'keys': 'f'}, 'logger_root': {'level': 'DEBUG', 'handlers': 'h'},
                  'handler_h': {'class': 'StreamHandler', 'args': '(sys.stdout,)', 'formatter': 'f'},
                  'formatter_f': formatter})
    try:
        logging.config.fileConfig(cp, **kw)
    except Exception as e:
        print(type(e).__name__, '|', e)
        return
    f = logging.root.handlers[0].formatter
    print(type(f).__name__, repr(f._fmt), f.datefmt, type(f._style).__name__)
    logging.info('hello %s', 'there')

configure({'format': '%(levelname)s %(message)s'})
configure({'format': '{levelname} {message}', 'style': '{'})
configure({'format': '$levelname $message', 'style': '$'})
configure({'format': '%(message)s %(tag)s', 'defaults': "{'tag': 'T'}"})
configure({'format': '{message}/{tag}', 'style': '{', 'defaults': "{'tag': 42}"})
configure({'format': '%(message)s', 'class': 'fmtmod.Tagged'})
configure({'format': '%(message)s', 'datefmt': '%Y'})
configure({})
configure({'format': '%(message)s', 'style': '!'})
configure({'format': 'no fields', 'style': '%'})
configure({'format': '{bad', 'style': '{'})
configure({'format': '%(message)s', 'class': 'fmtmod.Missing'})
configure({'format': '%(message)s', 'class': 'nomodule_here.X'})
configure({'format': '%(message)s', 'defaults': "{'a': nothere}"})
