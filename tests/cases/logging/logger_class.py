# setLoggerClass / getLoggerClass, the manager's own class, subclasses.
import logging, sys

print(logging.getLoggerClass() is logging.Logger)
class Mine(logging.Logger):
    def __init__(self, name):
        super().__init__(name)
        self.mine = True
for bad in (int, object):
    try:
        logging.setLoggerClass(bad)
    except TypeError as e:
        print(e)
logging.setLoggerClass(Mine)
m = logging.getLogger('mine.one')
print(type(m).__name__, m.mine, repr(m))
print(type(logging.Logger.manager.loggerDict['mine']).__name__)
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger('mine')).__name__)
mgr = logging.Logger.manager
try:
    mgr.setLoggerClass(dict)
except TypeError as e:
    print(e)
mgr.setLoggerClass(Mine)
print(type(logging.getLogger('other')).__name__)
mgr.loggerClass = None
mgr.setLogRecordFactory(None)
print(mgr.logRecordFactory, mgr.emittedNoHandlerWarning, mgr.disable)
l = logging.Logger('standalone', 'DEBUG')
print(l.level, l.parent, repr(l))
