# gb18030: its four-byte sequences (the BMP by runs, beyond it by
# arithmetic), every code point both ways, the errors of cut sequences.
import hashlib, codecs
tests=[b'\x81\x30',b'\x81\x30\x81',b'\x81\x30\x41',b'\x81\x30\x81\x41',b'\x81\x30\x41\x30',b'\x81\x30\x81\x30',b'\x84\x31\xa4\x39',b'\x84\x31\xa5\x30',b'\x85\x30\x81\x30',b'\x90\x30\x81\x30',b'\xe3\x32\x9a\x35',b'\xe3\x32\x9a\x36',b'\xfe\x39\xfe\x39',b'\x80',b'\xff',b'\x80\x30', b'\x80\x30\x81\x30', b'\xff\x30\x81\x30', b'\x81\x7f',b'\xa2\xe3', b'\x81\x3a', b'\x81\x30\xff\x30']
for t in tests:
  for errors in ['strict', 'replace', 'backslashreplace']:
    try: print(t, ascii(t.decode('gb18030', errors)))
    except UnicodeDecodeError as e: print(t, e.start,e.end,e.reason)
for c in ['\x80','\uffff','\U0010ffff','\ue5e5','\ud800','\ue000', '\u20ac', '\x7f', '\U00020000']:
  try: print(ascii(c), c.encode('gb18030'))
  except UnicodeEncodeError as e: print(ascii(c), e.reason)
every = ''.join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
data = every.encode('gb18030', 'backslashreplace')
print(len(data), hashlib.sha256(data).hexdigest()[:16])
back = data.decode('gb18030')
print(back == every)
pairs = b''.join(bytes([lead, trail]) + b'\n' for lead in range(0x80, 0x100) for trail in range(0x30, 0x100))
text = pairs.decode('gb18030', 'backslashreplace')
print(len(text), hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()[:16])
four = b''.join(bytes([a, b, c, d]) for a in (0x81, 0x82, 0x84, 0x85, 0x8f, 0x90, 0xe3, 0xe4, 0xfe) for b in (0x30, 0x31, 0x39) for c in range(0x80, 0x100, 3) for d in (0x30, 0x35, 0x39))
text = four.decode('gb18030', 'backslashreplace')
print(len(text), hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()[:16])
dec = codecs.getincrementaldecoder('gb18030')()
sample = '\x80\U00010000a\u20ac\uffff中'.encode('gb18030')
print(sample, [dec.decode(bytes([b])) for b in sample], dec.decode(b'', True))
