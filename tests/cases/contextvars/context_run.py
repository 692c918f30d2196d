# Context.run: calls with the context current, returns what the call
# returns, and restores the previous context however the call ends.
import contextvars

v = contextvars.ContextVar('v', default='outer default')
v.set('outer')
ctx = contextvars.Context()

def show(*args, **kwargs):
    print('show', args, sorted(kwargs.items()), v.get())
    return len(args) + len(kwargs)

print(ctx.run(show, 1, 2, key='k'))
print(ctx.run(v.set, 'inside').var is v)
print(v.get(), ctx[v], ctx.run(v.get))
print(ctx.run(lambda: contextvars.copy_context()[v]))

def fail():
    v.set('set before failing')
    raise ValueError('inner failure')
try:
    ctx.run(fail)
except ValueError as e:
    print('ValueError', e, v.get(), ctx[v])

try:
    ctx.run()
except TypeError as e:
    print('TypeError', e)
try:
    ctx.run(42)
except TypeError as e:
    print('TypeError', e)
try:
    ctx.run(show, bad=1, **{'x': 2})
except TypeError as e:
    print('TypeError', e)
print(ctx.run(print, 'a', 'b', sep='-'))
print(contextvars.Context.run.__doc__, contextvars.Context.run.__text_signature__)

# a fresh context sees only defaults
print(contextvars.Context().run(v.get))
# copies made inside are independent of the context
def copy_inside():
    c = contextvars.copy_context()
    v.set('changed after copy')
    return c
snap = ctx.run(copy_inside)
print(snap[v], ctx[v], snap == ctx)
