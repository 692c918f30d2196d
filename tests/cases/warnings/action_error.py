# "error" raises the warning as an exception
import warnings
warnings.simplefilter("error")
try:
    warnings.warn("boom")
except UserWarning as e:
    print("caught", repr(e), e.args, e.__traceback__.tb_lineno)

class Mine(Warning):
    pass
try:
    warnings.warn(Mine("an instance", 2))
except Mine as e:
    print("caught", repr(e))
warnings.simplefilter("ignore", DeprecationWarning)
warnings.warn("ignored", DeprecationWarning)

def f():
    warnings.warn("uncaught", RuntimeWarning, stacklevel=2)

def g():
    f()
g()
