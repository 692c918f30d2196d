# str(obj, encoding, errors) with the codecs the registry provides.
print(str(b'\x80', 'cp1252'), str(b'\xff\xfea\x00', 'utf-16'), str(b'+AGE-', 'utf-7'), str(b'bcher-kva', 'punycode'))
print(str(b'\\u20ac', 'unicode_escape'), str(b'\x81', 'cp1252', 'replace'), str(b'\x81', encoding='cp1252', errors='ignore'))
for args in [(b'x', 'hex'), (b'x', 'nope'), ('x', 'utf-8'), (b'\x81', 'cp1252'), (b'x', 'utf-8', 'nope'), (b'x', None)]:
    try:
        print(repr(str(*args)))
    except Exception as e:
        print(type(e).__name__, e)
class S(str):
    pass
print(type(S(b'\xe9', 'latin-1')).__name__, S(b'\x80', 'cp1252'))
