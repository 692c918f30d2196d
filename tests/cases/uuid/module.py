# The module's constants and public names.
import uuid

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(repr(uuid.NIL), repr(uuid.MAX), uuid.NIL.variant, uuid.MAX.variant, uuid.MAX.version)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep='|')
for name in ('UUID', 'SafeUUID', 'getnode', 'uuid1', 'uuid3', 'uuid4', 'uuid5',
             'uuid6', 'uuid7', 'uuid8', 'NIL', 'MAX', 'main'):
    print(name, hasattr(uuid, name))
print(uuid.UUID.__module__, uuid.SafeUUID.__module__, uuid.SafeUUID.__mro__[1].__name__)
import inspect
print(inspect.signature(uuid.UUID))
for f in (uuid.uuid1, uuid.uuid3, uuid.uuid4, uuid.uuid5, uuid.uuid6, uuid.uuid7, uuid.uuid8, uuid.getnode):
    print(f.__name__, inspect.signature(f))
print(uuid.UUID.__init__.__doc__)
