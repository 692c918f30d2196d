# Loggers made out of order: placeholders, parents fixed up, the manager's
# dictionary, getChild and getChildren, repr.
import logging

c = logging.getLogger('a.b.c')
print(c, c.parent)
mgr = logging.Logger.manager
print(type(mgr.loggerDict['a.b']).__name__, type(mgr.loggerDict['a']).__name__)
a = logging.getLogger('a')
print(c.parent is a, a.parent is logging.root)
b = logging.getLogger('a.b')
print(c.parent is b, b.parent is a)
x = logging.getLogger('a.b.c.d.e')
print(x.parent is c, type(mgr.loggerDict['a.b.c.d']).__name__)
print(sorted(k for k in mgr.loggerDict if k.startswith('a')))
print(sorted(l.name for l in a.getChildren()), sorted(l.name for l in c.getChildren()))
print(logging.getLogger('a.b.c.d').getChildren() == {x})
print(sorted(l.name for l in logging.root.getChildren() if l.name.startswith('a')))
print(a.getChild('b') is b, a.getChild('b.c') is c, logging.root.getChild('a') is a)
print(logging.getLogger() is logging.root, logging.getLogger('') is logging.root,
      logging.getLogger('root') is logging.root, logging.getLogger(None) is logging.root)
try:
    logging.getLogger(5)
except TypeError as e:
    print(e)
try:
    logging.getLogger(b'x')
except TypeError as e:
    print(e)
print(logging.getLogger('a') is a, repr(logging.root), repr(b))
a.setLevel(logging.ERROR)
print(repr(b), b.getEffectiveLevel(), x.getEffectiveLevel())
print(b.isEnabledFor(40), b.isEnabledFor(30))
a.setLevel(logging.NOTSET)
print(b.isEnabledFor(30), b.isEnabledFor(20))
print(logging.root.name, logging.root.parent, a.propagate, a.disabled, a.handlers, a.filters)
print(type(logging.root).__name__, logging.Logger.root is logging.root, a.manager is mgr, mgr.root is logging.root)
y = logging.getLogger('ab')
print(y.parent is logging.root)
z = logging.getLogger('a.bz')
print(z.parent is a)
