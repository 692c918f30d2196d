# StreamRecoder through EncodedFile between several encodings.
import codecs, io
for data_enc, file_enc in [('utf-8', 'latin-1'), ('latin-1', 'utf-16'), ('utf-16-le', 'utf-8'), ('cp1252', 'utf-32-be')]:
    back = io.BytesIO('caf\xe9 \u20ac\n'.encode(file_enc, 'replace') * 2)
    rec = codecs.EncodedFile(back, data_enc, file_enc, 'replace')
    print(data_enc, file_enc, rec.readline(), rec.read())
    rec.seek(0)
    print(rec.readlines())
    out = io.BytesIO()
    rec = codecs.EncodedFile(out, data_enc, file_enc, 'replace')
    rec.write('\xe9!'.encode(data_enc))
    rec.writelines(['x'.encode(data_enc), 'y'.encode(data_enc)])
    print(out.getvalue(), rec.data_encoding, rec.file_encoding)
rec = codecs.EncodedFile(io.BytesIO(b'abc'), 'utf-8')
print(rec.file_encoding, rec.read(), next(iter(codecs.EncodedFile(io.BytesIO(b'x\ny'), 'ascii'))))
