# lib: symdump
# Names at module level: imports, assignments, globals, builtins, deletes.
from symdump import dump

dump('''
import os, sys as system
import xml.dom.minidom
from collections import OrderedDict as OD, deque
x = 1
y, (z, *w) = 1, (2, 3)
del x
for i in range(3):
    print(i, len(w))
with open(f) as fh, ctx() as (a, b):
    pass
global g
g = 2
x += 1
print(__name__, __file__)
''')
dump('''
try:
    import missing
except ImportError as err:
    missing = None
except (KeyError, ValueError):
    raise
else:
    ok = True
finally:
    done = True
''')
dump('from os.path import *\nj = join(sep)\n')
