# json.loads of bytes documents in every UTF the detector knows.
import json, codecs
doc = {"k\xe9y": ["v\u20ac", 1, 2.5, None, "\U0001f600"]}
text = json.dumps(doc, ensure_ascii=False)
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    data = text.encode(enc)
    print(enc, json.detect_encoding(data), json.loads(data) == doc, json.loads(bytearray(data)) == doc)
print(json.loads('"\\ud800"'.encode('utf-16-le')) == '\ud800', ascii(json.loads('"x\ud800y"'.encode('utf-8', 'surrogatepass'))))
for bad in [b'"\x00', '"a'.encode('utf-16-le') + b'\x00', b'\xff\xfe\x00']:
    try:
        print(json.loads(bad))
    except (ValueError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
