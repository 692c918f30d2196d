# None of the three types may be subclassed.
import contextvars

for t in (contextvars.ContextVar, contextvars.Token, contextvars.Context,
          type(contextvars.Token.MISSING)):
    try:
        class Sub(t):
            pass
        print('subclassed', t.__name__)
    except TypeError as e:
        print('TypeError', e)
    try:
        type('Sub', (t,), {})
    except TypeError as e:
        print('TypeError', e)
for t in (contextvars.ContextVar, contextvars.Token, contextvars.Context):
    print(t, t.__module__, t.__name__, t.__qualname__, t.__doc__, t.__base__.__name__)
v = contextvars.ContextVar('v')
for target, label in ((v, 'ContextVar'), (v.set(1), 'Token'), (contextvars.Context(), 'Context')):
    try:
        target.attr = 1
    except AttributeError as e:
        print(label, 'AttributeError', e)
    print(label, hasattr(target, '__dict__'))
try:
    v.name = 'other'
except AttributeError as e:
    print('AttributeError', e)
try:
    del v.name
except AttributeError as e:
    print('AttributeError', e)
