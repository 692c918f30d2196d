import inspect
import os
import sys
import collections

def f(): pass
class K: pass
print(inspect.getmodule(f) is sys.modules[__name__], inspect.getmodule(K).__name__, inspect.getmodule(inspect) is inspect)
print(inspect.getmodule(os.path.join).__name__, inspect.getmodule(collections.OrderedDict).__name__)
print(inspect.getmodule(len).__name__, inspect.getmodule(1))
print(os.path.basename(inspect.getfile(f)), os.path.basename(inspect.getfile(f.__code__)),
      os.path.basename(inspect.getfile(sys._getframe())))
print(os.path.basename(inspect.getsourcefile(f)))
for obj in (len, int, sys, 1):
    try:
        inspect.getfile(obj)
    except TypeError as e:
        print('TypeError', e)
print(inspect.getmodulename('/a/b.py'), inspect.getmodulename('x.pyc'), inspect.getmodulename('x.txt'),
      inspect.getmodulename('pkg/__init__.py'))
print(inspect.getabsfile(f) == os.path.normcase(os.path.abspath(inspect.getsourcefile(f))))
print(inspect.getmro(bool))
