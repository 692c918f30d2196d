# `from m import x` of a missing name when the module's __name__ or
# __file__ is not a str
import sys

sys.__name__ = 5
try:
    from sys import nosuch
except ImportError as e:
    print(type(e).__name__, e)
sys.__name__ = None
try:
    from sys import nosuch
except ImportError as e:
    print(type(e).__name__, e)
sys.__name__ = "sys"
sys.__file__ = 3.5
try:
    from sys import nosuch
except ImportError as e:
    print(type(e).__name__, e)
del sys.__file__
try:
    from sys import nosuch
except ImportError as e:
    print(type(e).__name__, e)
