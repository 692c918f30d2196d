# Context.run nested without end meets the recursion limit, and every
# context is left again on the way out.
import contextvars

depth = contextvars.ContextVar('depth', default=0)

def dive():
    depth.set(depth.get() + 1)
    return contextvars.copy_context().run(dive)

try:
    dive()
except RecursionError as e:
    print('RecursionError', e)
print(depth.get())

def dive_same(ctx):
    return ctx.run(dive_same, ctx)
ctx = contextvars.Context()
try:
    dive_same(ctx)
except RuntimeError as e:
    print(type(e).__name__, 'already entered' in str(e))
print(ctx.run(lambda: 'usable again'))
