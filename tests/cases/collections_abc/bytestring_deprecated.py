# ByteString warns when checked against or subclassed (3.14), not when looked up.
import warnings
warnings.simplefilter('always')
import collections.abc as c
print('get')
B = c.ByteString
print('isinstance')
print(isinstance(b'', B))
print('subclass')
class X(B): pass
print('from import')
from collections.abc import ByteString
