# Table codecs with each error handler on undefined bytes and characters.
codecs_ = ['cp1252', 'cp1253', 'cp1255', 'cp874', 'iso8859-3', 'iso8859-6', 'iso8859-8', 'tis-620', 'cp864', 'mac-arabic']
for name in codecs_:
    undefined = bytes(b for b in range(256) if bytes([b]).decode(name, 'replace') == '\ufffd')
    print(name, undefined)
    for h in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        try:
            print(' ', h, ascii((b'A' + undefined[:3] + b'Z').decode(name, h)))
        except UnicodeDecodeError as e:
            print(' ', h, e)
        try:
            print(' ', h, ('A\u4e00\U0001f600Z\udc81').encode(name, h))
        except UnicodeEncodeError as e:
            print(' ', h, e)
