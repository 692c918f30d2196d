# The struct module is the C module _struct under its public name; the
# format cache, the Struct type and struct.error all live there.
import _struct
from _struct import *
from _struct import _clearcache

__doc__ = _struct.__doc__
__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']
del _struct
