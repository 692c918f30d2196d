# A Token is a context manager (3.14): leaving the block resets the variable.
import contextvars
import re

def shape(text):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', text)

level = contextvars.ContextVar('level', default=0)
with level.set(1) as tok:
    print('inside', level.get(), tok.var is level)
    with level.set(2):
        print('nested', level.get())
    print('after nested', level.get())
print('outside', level.get())

try:
    with level.set(5):
        print('before raise', level.get())
        raise KeyError('boom')
except KeyError as e:
    print('caught', e, level.get())

tok = level.set(7)
print(tok.__enter__() is tok)
print(tok.__exit__(None, None, None), level.get())
try:
    tok.__exit__(None, None, None)
except RuntimeError as e:
    print('RuntimeError', shape(str(e)))
try:
    tok.__exit__()
except TypeError as e:
    print('TypeError', e)

def leave_elsewhere():
    t = level.set(3)
    t.__enter__()
    return t
t = contextvars.Context().run(leave_elsewhere)
try:
    with t:
        pass
except ValueError as e:
    print('ValueError', shape(str(e)))
print(level.get())
print(contextvars.Token.__enter__.__doc__)
print(contextvars.Token.__exit__.__doc__)
