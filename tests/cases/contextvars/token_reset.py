# Tokens: what they hold, and reset() undoing set().
import contextvars
import re

def shape(o):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', repr(o))

var = contextvars.ContextVar('var', default='dflt')
t1 = var.set(1)
print(t1.var is var, t1.old_value is contextvars.Token.MISSING, shape(t1))
t2 = var.set(2)
print(t2.old_value, var.get())
t3 = var.set(3)
var.reset(t3)
print(var.get(), shape(t3))
var.reset(t2)
print(var.get())
var.reset(t1)
print(var.get(), var in contextvars.copy_context())
print(repr(contextvars.Token.MISSING), type(contextvars.Token.MISSING).__name__)
print(type(contextvars.Token.MISSING).__qualname__, type(contextvars.Token.MISSING).__module__)

# resetting out of order
a = var.set('a')
b = var.set('b')
var.reset(a)
print(var.get(), len(contextvars.copy_context()))
var.reset(b)
print(var.get(), len(contextvars.copy_context()))

# a token keeps its old value alive
class Big:
    def __repr__(self):
        return 'Big()'
t = var.set(Big())
t2 = var.set('small')
print(t2.old_value, var.get())
var.reset(t2)
print(var.get())
def setattr_var():
    t.var = None
def setattr_old():
    t.old_value = None
for f in (setattr_var, setattr_old):
    try:
        f()
    except AttributeError as e:
        print('AttributeError', e)
