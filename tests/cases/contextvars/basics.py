# ContextVar: get, set, defaults, the name, the reprs' shape.
import contextvars
import re

colour = contextvars.ContextVar('colour')
size = contextvars.ContextVar('size', default=10)

def shape(text):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', text)

print(colour.name, size.name)
print(shape(repr(colour)))
print(shape(repr(size)))
print(size.get(), size.get(20), colour.get('fallback'), colour.get(None))
try:
    colour.get()
except LookupError as e:
    print('LookupError', shape(str(e)), e.args[0] is colour)
tok = colour.set('red')
print(colour.get(), colour.get('fallback'), type(tok).__name__)
colour.set('blue')
print(colour.get())
size.set(None)
print(size.get(), size.get(5))
print(shape(repr(contextvars.ContextVar("it's \"quoted\""))))
print(shape(repr(contextvars.ContextVar('x', default=[1, 'two']))))
print(shape(repr(contextvars.ContextVar('x', default=None))))
class Name(str):
    pass
v = contextvars.ContextVar(Name('sub'))
print(type(v.name).__name__, v.name, shape(repr(v)))
print(str(size) == repr(size))
