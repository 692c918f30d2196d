# ensure_ascii=False: only the quote, the backslash and the control
# characters are escaped; lone surrogates pass through.
import json

for s in ['\x00', '\x1f', '\x7f', '"', '\\', '/', '\xe9', '\u2028', '\U0001f600', '\ud800', 'a\tb\nc',
          'caf\xe9 \u65e5\u672c', '\x08\x0c']:
    print(ascii(json.dumps(s, ensure_ascii=False)))
print(ascii(json.dumps({'cl\xe9': ['v\xe4l', '\U0001f600']}, ensure_ascii=False)))
print(ascii(json.dumps({'cl\xe9': ['v\xe4l']}, ensure_ascii=False, indent=1)))
print(ascii(json.JSONEncoder(ensure_ascii=False).encode('\u1234')))
print(ascii(list(json.JSONEncoder(ensure_ascii=False).iterencode(['\u1234', {'\xe9': 1}]))))
