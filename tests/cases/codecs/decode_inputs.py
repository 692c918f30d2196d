# Decoding from bytes, bytearray, memoryview and array inputs.
import codecs, array
for data in [b'h\xc3\xa9', bytearray(b'h\xc3\xa9'), memoryview(b'xh\xc3\xa9')[1:], array.array('B', b'h\xc3\xa9')]:
    print(type(data).__name__, codecs.decode(data, 'utf-8'), codecs.utf_8_decode(data), codecs.latin_1_decode(data))
    print(' ', codecs.utf_16_le_decode(data), codecs.charmap_decode(data, 'strict', None))
print(bytearray(b'\xe9').decode('cp1252'), str(bytearray(b'\x00a'), 'utf-16-be'), str(memoryview(b'\x80'), 'cp1252'))
for bad in ['str', 5, None, [1]]:
    try:
        codecs.utf_8_decode(bad)
    except TypeError as e:
        print(e)
