# What the module offers.
import secrets

print(secrets.__doc__)
print(secrets.__all__)
print([n for n in secrets.__all__ if not hasattr(secrets, n)])
print(secrets.SystemRandom.__name__, secrets.SystemRandom.__module__, type(secrets._sysrand).__name__)
for name in ("randbelow", "token_bytes", "token_hex", "token_urlsafe"):
    print(name, repr(getattr(secrets, name).__doc__))
print(secrets.randbits.__self__ is secrets.choice.__self__)
