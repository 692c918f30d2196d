# sys.audit checks the event name; a hook that cannot be called stops the event.
import sys
sys.addaudithook(lambda e, a: print(repr(e), a) if e.startswith('x') else None)
try:
    sys.audit('x\0y', 1)
except ValueError as e:
    print('ValueError', e)
sys.audit('xé', 2)
sys.addaudithook(5)
try:
    sys.audit('xz')
except TypeError as e:
    print('TypeError', e)
try:
    sys.audit(None)
except TypeError as e:
    print('TypeError', e)
