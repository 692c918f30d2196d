# JSONDecoder.decode and raw_decode given what is not a str.
import json
for v in [b'[1]', 5, None, ['x'], bytearray(b'1')]:
    for f in (json.JSONDecoder().decode, json.JSONDecoder().raw_decode):
        try:
            print(f(v))
        except Exception as e:
            print(type(e).__name__, e)
class S(str):
    pass
print(json.JSONDecoder().decode(S(' [1] ')))
print(json.loads('[1]\t\n\r '), json.loads('\x0c[1]') if False else '')
