# An instance of a built-in type without a docstring shows None as its
# __doc__, not object's; one made by a documented constructor shows that.
import collections
import sys

def tb():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__

for o in (iter([]), iter(()), iter({}), iter(range(3)), reversed([]),
          iter(collections.deque()), tb(), sys._getframe()):
    print(type(o).__name__, repr(o.__doc__)[:60])
print('__doc__' in vars(type(iter([]))), type(iter([])).__doc__)
# unbound method descriptors called without self name the type without its module
for f in (collections.deque.append, collections.OrderedDict.move_to_end):
    try:
        f()
    except TypeError as e:
        print(e)
