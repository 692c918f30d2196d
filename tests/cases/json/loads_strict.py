# strict=False lets control characters into strings; escapes and the rest
# of the grammar stay strict.
import json

for text in ['"a\nb"', '"\x00\x1f"', '["\t"]', '{"k\n": "v\r"}']:
    print(ascii(json.loads(text, strict=False)))
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print('strict:', e)
for text in ['"\\x"', '"abc', '[1,]']:
    try:
        json.loads(text, strict=False)
    except json.JSONDecodeError as e:
        print('non-strict:', e)
d = json.JSONDecoder(strict=False)
print(d.strict, ascii(d.decode('"a\tb"')))
print(json.JSONDecoder(strict=0).strict, json.JSONDecoder(strict='').scan_once('"\x01"', 0))
