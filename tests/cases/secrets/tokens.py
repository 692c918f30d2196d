# Tokens have the sizes and alphabets CPython gives them.
import secrets
import string

print(secrets.DEFAULT_ENTROPY)
for n in (None, 0, 1, 2, 3, 4, 5, 16, 33):
    b, h, u = secrets.token_bytes(n), secrets.token_hex(n), secrets.token_urlsafe(n)
    print(n, type(b).__name__, len(b), len(h), all(c in string.hexdigits for c in h), len(u),
          all(c in string.ascii_letters + string.digits + "-_" for c in u))
print(secrets.token_bytes(8) != secrets.token_bytes(8))
for bad in (-1, 1.5, "3"):
    for f in (secrets.token_bytes, secrets.token_hex, secrets.token_urlsafe):
        try:
            f(bad)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
