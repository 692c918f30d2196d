# Argument errors of the methods and functions.
import contextvars

v = contextvars.ContextVar('v')
ctx = contextvars.copy_context()
tok = v.set(1)
calls = [
    ('get(1, 2)', lambda: v.get(1, 2)),
    ('get(default=1)', lambda: v.get(default=1)),
    ('set()', lambda: v.set()),
    ('set(1, 2)', lambda: v.set(1, 2)),
    ('set(value=1)', lambda: v.set(value=1)),
    ('reset()', lambda: v.reset()),
    ('reset(tok, 1)', lambda: v.reset(tok, 1)),
    ('ctx.get()', lambda: ctx.get()),
    ('ctx.get(v, 1, 2)', lambda: ctx.get(v, 1, 2)),
    ('ctx.get(key=v)', lambda: ctx.get(key=v)),
    ('ctx.copy(1)', lambda: ctx.copy(1)),
    ('ctx.keys(1)', lambda: ctx.keys(1)),
    ('ctx.items(x=1)', lambda: ctx.items(x=1)),
    ('ctx.values(1)', lambda: ctx.values(1)),
    ('ctx.run()', lambda: ctx.run()),
    ('ctx.run(callable=print)', lambda: ctx.run(callable=print)),
    ('tok.__enter__(1)', lambda: tok.__enter__(1)),
    ('tok.__exit__(1)', lambda: tok.__exit__(1)),
    ('Token.__class_getitem__()', lambda: contextvars.Token.__class_getitem__()),
    ('ContextVar.get(1)', lambda: contextvars.ContextVar.get(1)),
    ('ContextVar.get()', lambda: contextvars.ContextVar.get()),
    ('Context.run(1, print)', lambda: contextvars.Context.run(1, print)),
]
for label, call in calls:
    try:
        print(label, '->', call())
    except TypeError as e:
        print(label, '-> TypeError', e)
