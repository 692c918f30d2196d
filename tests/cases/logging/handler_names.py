# Handler names: getHandlerByName, getHandlerNames, renaming, closing.
import logging

a = logging.Handler()
print(a.name, a.get_name())
a.name = 'first'
b = logging.StreamHandler()
b.set_name('second')
print(sorted(logging.getHandlerNames()), type(logging.getHandlerNames()).__name__)
print(logging.getHandlerByName('first') is a, logging.getHandlerByName('nope'))
a.name = 'renamed'
print(sorted(logging.getHandlerNames()))
b.close()
print(sorted(logging.getHandlerNames()), b.name)
a.name = None
print(sorted(logging.getHandlerNames()))
c = logging.NullHandler()
c.name = 'c'
del c
import gc; gc.collect()
print(sorted(logging.getHandlerNames()))
