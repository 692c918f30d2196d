# surrogatepass with every UTF codec, both ways.
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    for text in ['\ud800', 'a\udfffb', '\udbff\udc00', '\udc00\ud800', '\ud83d\ude00']:
        b = text.encode(enc, 'surrogatepass')
        try:
            back = b.decode(enc, 'surrogatepass')
        except UnicodeDecodeError as e:
            back = 'ERR %s' % e
        print(enc, ascii(text), b, ascii(back))
for data, enc in [(b'\xed\xa0\x80', 'utf-8'), (b'\xed\xa0', 'utf-8'), (b'\x00\xd8', 'utf-16-le'), (b'\xd8\x00', 'utf-16-be'),
                  (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\xff\xfe\x00\xdc', 'utf-16')]:
    try:
        print(data, enc, ascii(data.decode(enc, 'surrogatepass')))
    except UnicodeDecodeError as e:
        print(data, enc, e)
