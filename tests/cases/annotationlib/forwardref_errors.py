# ForwardRef refuses non-strings, bad expressions, subclassing, new attributes.
from annotationlib import ForwardRef, Format
for bad in (1, None, b'X', ['X']):
    try:
        ForwardRef(bad)
    except TypeError as e:
        print("TypeError", e)
for text in ('1 +', 'def', 'x y', ''):
    try:
        ForwardRef(text).__forward_code__
    except SyntaxError as e:
        print("SyntaxError", e)
try:
    class Sub(ForwardRef):
        pass
except TypeError as e:
    print("TypeError", e)
r = ForwardRef('X')
try:
    r.foo = 1
except AttributeError as e:
    print("AttributeError", e)
for fmt in (Format.VALUE_WITH_FAKE_GLOBALS, 7, 0):
    try:
        r.evaluate(format=fmt)
    except NotImplementedError as e:
        print("NotImplementedError", e)
