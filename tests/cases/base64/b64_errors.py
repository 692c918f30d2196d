# Decoder input errors.
import base64

for f in (base64.b64decode, base64.b32decode, base64.b16decode, base64.b85decode, base64.a85decode,
          base64.z85decode, base64.urlsafe_b64decode, base64.standard_b64decode, base64.b32hexdecode):
    for arg in ('é', 5, None, [1]):
        try:
            f(arg)
        except (TypeError, ValueError) as e:
            print(f.__name__, repr(arg), type(e).__name__, e)
for f in (base64.b64encode, base64.b32encode, base64.b16encode, base64.b85encode, base64.a85encode, base64.z85encode):
    try:
        f('text')
    except TypeError as e:
        print(f.__name__, e)
