# A __main__ that defines no function keeps no cycle through its globals: at
# exit its values are released in order (a list's items last first) when the
# module goes, with nothing collected.
import sys

class A:
    __del__ = print
class B:
    __del__ = print
class C:
    __del__ = print

first = A()
items = [B(), C()]
last = C()
nested = {'k': (A(), B())}
print('end of program')
sys.exit(0)
