# An error inside the generated __new__ is reported from "<string>", line 1, as CPython does.
from collections import namedtuple
P = namedtuple('P', 'x y')
try:
    P.__new__(int, 1, 2)
except TypeError as e:
    print(e)
P.__new__(dict, 1, 2)
