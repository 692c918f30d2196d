# JSONDecodeError itself: a ValueError with msg, doc, pos, lineno, colno,
# CPython's str and repr, and a __reduce__ that rebuilds it.
import json

e = json.JSONDecodeError('Something wrong', 'ab\ncd\nef', 5)
print(str(e), repr(e), e.args)
print(e.msg, repr(e.doc), e.pos, e.lineno, e.colno)
print(e.__reduce__()[0] is json.JSONDecodeError, e.__reduce__()[1])
again = e.__reduce__()[0](*e.__reduce__()[1])
print(str(again) == str(e))
print(json.JSONDecodeError.__mro__, json.JSONDecodeError.__module__, json.JSONDecodeError.__name__)
print(json.decoder.JSONDecodeError is json.JSONDecodeError, issubclass(json.JSONDecodeError, ValueError))
for doc, pos in [('', 0), ('abc', 3), ('\n', 1), ('\n\n', 1), ('x\ny', 2), ('\r\nz', 2)]:
    err = json.JSONDecodeError('m', doc, pos)
    print(repr(doc), pos, err.lineno, err.colno, err)
try:
    json.loads('[1,]')
except ValueError as err:
    print(type(err).__name__, isinstance(err, json.JSONDecodeError), err.msg)
try:
    json.JSONDecodeError('only msg')
except TypeError as err:
    print('TypeError:', err)
class Mine(json.JSONDecodeError):
    pass
m = Mine('x', 'doc', 1)
print(repr(m), m.__reduce__()[0].__name__)
