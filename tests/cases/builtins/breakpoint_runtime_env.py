# breakpoint(): sys.breakpointhook replaced and restored, PYTHONBREAKPOINT
# read at each call (a module found in sys.modules, a dotted builtin, 0).
import os
import sys
import types

print(breakpoint.__doc__)
print(breakpoint.__text_signature__, sys.breakpointhook.__text_signature__)
print(sys.__breakpointhook__ is sys.breakpointhook)

sys.breakpointhook = lambda *a, **k: print('custom', a, k) or 7
print(breakpoint(1, x=2))
sys.breakpointhook = sys.__breakpointhook__

hooks = types.ModuleType('bphooks')
def stop(*args, **kwargs):
    print('stop called', args, kwargs)
    return 'stopped'
hooks.stop = stop
sys.modules['bphooks'] = hooks
os.environ['PYTHONBREAKPOINT'] = 'bphooks.stop'
print(breakpoint(3, y=4))
print(sys.breakpointhook('direct'))
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint('ignored'))
os.environ['PYTHONBREAKPOINT'] = 'builtins.repr'
print(breakpoint('via repr'))
del hooks.stop
os.environ['PYTHONBREAKPOINT'] = 'bphooks.stop'
print(breakpoint())
def raising(*a):
    raise LookupError('inside the hook')
hooks.stop = raising
try:
    breakpoint()
except LookupError as e:
    print('raised', e)
