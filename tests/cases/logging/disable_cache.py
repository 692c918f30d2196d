# isEnabledFor's cache follows setLevel and disable() everywhere in the tree.
import logging

a = logging.getLogger('dc')
b = logging.getLogger('dc.b')
for lvl in (10, 20, 30, 40):
    print(lvl, b.isEnabledFor(lvl), end='; ')
print()
a.setLevel(logging.DEBUG)
print(b.isEnabledFor(10), b._cache)
logging.disable(logging.INFO)
print(b.isEnabledFor(10), b.isEnabledFor(20), b.isEnabledFor(30), b._cache)
logging.disable(0)
print(b.isEnabledFor(20), logging.root.manager.disable)
b.disabled = True
print(b.isEnabledFor(50))
b.disabled = False
logging.root.setLevel(logging.CRITICAL)
a.setLevel(0)
print(b.isEnabledFor(40), b.getEffectiveLevel())
logging.root.setLevel(0)
print(b.getEffectiveLevel(), repr(b))
logging.root.manager.disable = 'ERROR'
print(logging.root.manager.disable)
try:
    logging.root.manager.disable = 1.5
except TypeError as e:
    print(e)
