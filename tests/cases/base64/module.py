# The module's public names and docstrings.
import base64

print(base64.__all__)
print(base64.__doc__)
for name in base64.__all__:
    f = getattr(base64, name)
    print(name, (f.__doc__ or '').strip().splitlines()[0] if f.__doc__ else None)
print(base64.bytes_types)
