# copy.replace() on code objects goes through code.__replace__.
import copy

def f(x):
    return x * 2

c = copy.replace(f.__code__, co_name='twice')
print(c.co_name, c.co_qualname, c == f.__code__)
print(f.__code__.__replace__(co_qualname='Q').co_qualname)
print(type(f.__code__).__replace__.__doc__)
print(type(f.__code__).replace.__doc__)
print(type(f.__code__).replace.__text_signature__)
try:
    copy.replace(f.__code__, co_bogus=1)
except TypeError as ex:
    print(ex)
try:
    f.__code__.__replace__(1)
except TypeError as ex:
    print(ex)
try:
    copy.replace(f.__code__, co_argcount='x')
except TypeError as ex:
    print(ex)
