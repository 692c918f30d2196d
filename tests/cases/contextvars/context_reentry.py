# A context cannot be entered while it is entered.
import contextvars
import re

def shape(text):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', text)

ctx = contextvars.Context()
try:
    ctx.run(ctx.run, print, 'never')
except RuntimeError as e:
    print('RuntimeError', shape(str(e)))

def deeper():
    other = contextvars.copy_context()
    return other.run(lambda: ctx.run(print, 'never'))
try:
    ctx.run(deeper)
except RuntimeError as e:
    print('RuntimeError', shape(str(e)))

# after the failure the context can be entered again
print(ctx.run(lambda: 'entered again'))

# the same context, entered one after the other, keeps its values
v = contextvars.ContextVar('v')
ctx.run(v.set, 1)
print(ctx.run(v.get), ctx.run(v.get))

# nesting different contexts
c1, c2 = contextvars.Context(), contextvars.Context()
def step1():
    v.set('c1')
    c2.run(step2)
    return v.get()
def step2():
    print('in c2 sees', v.get('nothing'))
    v.set('c2')
print(c1.run(step1), c1[v], c2[v])
try:
    c1.run(c2.run, c1.run, print)
except RuntimeError as e:
    print('RuntimeError', shape(str(e)))
