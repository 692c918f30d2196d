# importlib.reload's argument checks and its errors.
import importlib
import sys
ModuleType = type(sys)

for bad in (42, 'os', None):
    try:
        importlib.reload(bad)
    except TypeError as exc:
        print('TypeError', exc)
orphan = ModuleType('cipy_not_registered')
try:
    importlib.reload(orphan)
except ImportError as exc:
    print('ImportError', exc, exc.name)
child = ModuleType('cipy_no_parent.child')
sys.modules['cipy_no_parent.child'] = child
try:
    importlib.reload(child)
except ImportError as exc:
    print('ImportError', exc, exc.name)
ghost = ModuleType('cipy_ghost_module')
sys.modules['cipy_ghost_module'] = ghost
try:
    importlib.reload(ghost)
except ModuleNotFoundError as exc:
    print('ModuleNotFoundError', exc, exc.name, ghost.__spec__)
spec_none = ModuleType('cipy_spec_none')
spec_none.__spec__ = None
sys.modules['cipy_spec_none'] = spec_none
try:
    importlib.reload(spec_none)
except ModuleNotFoundError as exc:
    print('ModuleNotFoundError', exc)
import colorsys
again = importlib.reload(colorsys)
print(again is colorsys, again.__name__)
