# UTF-32 decoding of values out of range and in the surrogate range.
for data in [b'\x00\x00\x11\x00', b'\xff\xff\xff\xff', b'\x00\xd8\x00\x00\x41\x00\x00\x00', b'\xff\xff\x10\x00',
             b'\x00\x00\x00\x80', b'A\x00\x00\x00B']:
    for h in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogatepass']:
        try:
            print(data, h, ascii(data.decode('utf-32-le', h)))
        except UnicodeDecodeError as e:
            print(data, h, e)
print(b'\x00\x00\x00A\x00\x10\xff\xff'.decode('utf-32-be'), ascii('\U0010ffff'.encode('utf-32')))
