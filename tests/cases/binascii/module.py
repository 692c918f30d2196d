# The module's surface: names, docs, signatures, exception classes.
import binascii

print(sorted(n for n in dir(binascii) if not n.startswith('__')))
print(binascii.__doc__)
for name in sorted(n for n in dir(binascii) if not n.startswith('_') and n[0].islower()):
    f = getattr(binascii, name)
    print(name, f.__text_signature__)
    print(f.__doc__)
print(binascii.Error.__mro__, binascii.Incomplete.__mro__, binascii.Error.__module__)
