# UTF-7 both ways: direct characters, shift sequences, surrogates, errors.
import codecs, _codecs
print(''.join(chr(i) for i in range(128)).encode('utf-7'))
for t in ['A\u2262\u0391.', 'Hi Mom -\u263a-!', '\u65e5\u672c\u8a9e', '+', '+-', 'a+b', '\U0001f600', '\u20ac-',
          '\u20aca', '\u20ac ', '\u20ac', '\ud800', 'a\ud800b', '~\\', '\x00', '\u20ac\x00\u20ac', '']:
    b = t.encode('utf-7')
    print(ascii(t), b, b.decode('utf-7') == t)
for b in [b'+AGEAYgBj-', b'+AGE', b'+AGEA', b'+AGEAYg', b'+-', b'+', b'a+', b'+A', b'+AG', b'\xff', b'+2D3eAA-',
          b'+2D0-', b'+3gA-', b'+AGE-x', b'+AGF-', b'~', b'\\', b'+!', b'+AGE!', b'+ZeVnLIqe-', b'+ZeVnLIqe',
          b'+AAA-', b'+2D0AYQ-']:
    for e in ['strict', 'replace', 'ignore']:
        try:
            print(b, e, ascii(b.decode('utf-7', e)))
        except UnicodeDecodeError as x:
            print(b, e, x)
for b in [b'+AGE', b'+AGEAYg', b'a+', b'+AGE-', b'+2D3', b'a+AGE-b+AG']:
    print(b, ascii(_codecs.utf_7_decode(b)), ascii(_codecs.utf_7_decode(b, None, True)) if b != b'+2D3' else '')
d = codecs.getincrementaldecoder('utf-7')()
print(ascii([d.decode(bytes([c])) for c in b'a+ZeVnLIqe-b+AGE']), ascii(d.decode(b'', True)))
print(codecs.lookup('utf7').name, codecs.lookup('U7').name, codecs.lookup('unicode-1-1-utf-7').name)
