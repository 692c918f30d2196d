# Every built-in error handler with each codec, both ways.
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
            'surrogateescape', 'surrogatepass']
texts = ['a\xe9\u20ac\U0001f600b', 'x\udc80\udcffy', 'p\ud800q', '\ud83d\ude00']
encs = ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-16-be', 'utf-32', 'cp1252', 'koi8-u']
for enc in encs:
    for text in texts:
        for h in handlers:
            try:
                print(enc, ascii(text), h, text.encode(enc, h))
            except Exception as e:
                print(enc, ascii(text), h, type(e).__name__, e)
blobs = [b'a\xffb', b'\xed\xa0\x80x', b'\xe2\x82', b'\x80\x81\x82\x83\x84\x85', b'ok']
for enc in ['ascii', 'utf-8', 'utf-16-le', 'utf-32-be', 'cp1252']:
    for data in blobs:
        for h in handlers:
            try:
                print(enc, data, h, ascii(data.decode(enc, h)))
            except Exception as e:
                print(enc, data, h, type(e).__name__, e)
