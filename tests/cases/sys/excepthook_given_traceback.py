# sys.excepthook and sys.__excepthook__ print the traceback they are given
# when the exception has none of its own, and keep the exception's own.
import sys


def f():
    raise ValueError('boom')


try:
    f()
except ValueError as e:
    exc = e
sys.excepthook(type(exc), exc, exc.__traceback__)
sys.excepthook(type(exc), exc, None)
fresh = ValueError('fresh')
sys.__excepthook__(ValueError, fresh, exc.__traceback__.tb_next)
print(fresh.__traceback__ is exc.__traceback__.tb_next, file=sys.stderr)
other = KeyError('own')
try:
    raise other
except KeyError:
    pass
sys.excepthook(KeyError, other, exc.__traceback__)
sys.excepthook(TypeError, TypeError('no tb'), None)
sys.excepthook(TypeError, TypeError('not a tb'), 5)
