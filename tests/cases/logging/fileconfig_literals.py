# logging.config.fileConfig: the args, kwargs and defaults values (literals and names)
import logging, logging.config, logging.handlers, sys, configparser

class Probe(logging.Handler):
    def __init__(self, *args, **kwargs):
        super().__init__()
        self.got = (args, kwargs)

sys.modules['probe_mod'] = type(sys)('probe_mod')
sys.modules['probe_mod'].Probe = Probe

def configure(args, kwargs=None, klass='probe_mod.Probe'):
    cp = configparser.ConfigParser(interpolation=None)
    cp['loggers'] = {'keys': 'root'}
    cp['handlers'] = {'keys': 'p'}
    cp['formatters'] = {'keys': ''}
    cp['logger_root'] = {'handlers': 'p'}
    section = {'class': klass, 'args': args}
    if kwargs is not None:
        section['kwargs'] = kwargs
    cp['handler_p'] = section
    try:
        logging.config.fileConfig(cp)
    except Exception as e:
        print(type(e).__name__, e)
        return
    h = logging.root.handlers[0]
    print(type(h).__name__, getattr(h, 'got', None))

configure("()")
configure("(1, 2.5, -3, 0x1F, 1_000, 1e3, .5, 2j)")
configure("('a', \"b\", 'c' 'd', r'\\n', '\\t\\x41\\u00e9', b'by\\x00', '''tri''')")
configure("[1, [2, (3,)]], {'k': [None, True, False]}, {1, 2}")
configure("(DEBUG, WARNING)")
configure("{'a': DEBUG, 'b': [sys.stdout.name, {}], 3: ()}")
configure("(-1.5e-3, +2, 0o17, 0b101, 1.5J, '''a\nb''', \"\"\"q\"\"\")")
configure("(u'u', R'\\d', Rb'\\x', br'r', B'\\101')")
configure("(sys.stderr.name, handlers.MemoryHandler.__name__)")
configure("('x',)", "{'level': 'DEBUG', 'extra': (1,), }")
configure("(), ")
configure("1,")
configure("(int, len, Ellipsis)")
configure("(nothere,)")
configure("(sys.nothere,)")
configure("()", klass="NoSuchHandler")
configure("()", klass="no_such_mod.Handler")
configure("()", klass="handlers.NoSuch")
configure("(1,)", klass="logging.handlers.MemoryHandler")
configure("(sys.stdout,)", klass="StreamHandler")
