# The pickle module's names: protocols, formats, opcode constants, the
# exception classes and what is public.
import pickle

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version,
      pickle.compatible_formats)
for name in ['MARK', 'STOP', 'PROTO', 'FRAME', 'TRUE', 'FALSE', 'BINUNICODE8', 'NEXT_BUFFER',
             'READONLY_BUFFER', 'BYTEARRAY8', 'MEMOIZE', 'STACK_GLOBAL', 'NEWOBJ_EX', 'EMPTY_SET']:
    print(name, getattr(pickle, name))
print(sorted(n for n in pickle.__all__ if not n.isupper()))
print(len([n for n in pickle.__all__ if n.isupper()]))
print(pickle.PickleError.__mro__)
print(pickle.PicklingError.__module__, pickle.UnpicklingError.__qualname__)
print(pickle.Pickler.__module__, pickle.Unpickler.__module__, pickle.Pickler.__name__)
print(pickle.PickleBuffer.__module__, pickle.bytes_types)
print(callable(pickle.dump), callable(pickle.load), callable(pickle.dumps), callable(pickle.loads))
print(pickle.Pickler(open('/dev/null', 'wb'), 3).bin, pickle.Pickler(open('/dev/null', 'wb'), 0).bin)
print(pickle.whichmodule(len, 'len'), pickle.whichmodule(pickle.PickleError, 'PickleError'))
try:
    raise pickle.UnpicklingError('custom')
except pickle.PickleError as e:
    print(type(e).__name__, e)
