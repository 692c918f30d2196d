# reset() refuses a used token, a token of another variable and a token
# made in another context, with CPython's messages.
import contextvars
import re

def shape(text):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', text)

def attempt(label, fn, *args):
    try:
        print(label, '->', fn(*args))
    except Exception as e:
        print(label, '->', type(e).__name__, shape(str(e)))

x = contextvars.ContextVar('x')
y = contextvars.ContextVar('y', default=0)
t = x.set(1)
attempt('first reset', x.reset, t)
attempt('second reset', x.reset, t)
t = x.set(2)
attempt('other var', y.reset, t)
attempt('not a token', x.reset, 42)
attempt('None', x.reset, None)
attempt('no arg', x.reset)
other = contextvars.Context()
attempt('other context', other.run, x.reset, t)
inner = other.run(y.set, 5)
attempt('inner token outside', y.reset, inner)
attempt('inner token inside', other.run, y.reset, inner)
attempt('inner again', other.run, y.reset, inner)
# used and of another variable: which check comes first
u = x.set(3)
x.reset(u)
attempt('used, other var', y.reset, u)
# of another variable and context
w = other.run(y.set, 9)
attempt('other var and context', x.reset, w)
print(x.get(), y.get(), other[y])
