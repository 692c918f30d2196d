# Where the DeprecationWarnings of utcnow and utcfromtimestamp point.
import warnings
warnings.simplefilter('always')
from datetime import datetime
x = datetime.utcfromtimestamp(0)
def f():
    return datetime.utcnow()
f()
print(x)
