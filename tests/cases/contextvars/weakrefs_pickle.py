# Which objects take weak references, and none can be pickled or copied.
import contextvars
import copy
import weakref

v = contextvars.ContextVar('v')
tok = v.set(1)
ctx = contextvars.copy_context()
for label, o in (('ContextVar', v), ('Token', tok), ('Context', ctx)):
    try:
        r = weakref.ref(o)
        print(label, 'weakref', r() is o)
    except TypeError as e:
        print(label, 'TypeError', e)
    for f in (copy.copy, copy.deepcopy):
        try:
            f(o)
            print(label, f.__name__, 'worked')
        except TypeError as e:
            print(label, f.__name__, 'TypeError', e)
r = weakref.ref(ctx)
del ctx
print(r())
