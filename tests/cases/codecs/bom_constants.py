# The BOM constants and what the codecs do with marks.
import codecs
for name in ['BOM', 'BOM_BE', 'BOM_LE', 'BOM32_BE', 'BOM32_LE', 'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16',
             'BOM_UTF16_LE', 'BOM_UTF16_BE', 'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE']:
    print(name, getattr(codecs, name))
print(sorted(codecs.__all__))
print((codecs.BOM_UTF8 + b'x').decode('utf-8-sig'), ascii((codecs.BOM_UTF8 + b'x').decode('utf-8')))
print((codecs.BOM_UTF16_BE + 'x'.encode('utf-16-be')).decode('utf-16'), ascii(codecs.BOM_UTF16_LE.decode('utf-16-le')))
print((codecs.BOM_UTF32_BE + 'x'.encode('utf-32-be')).decode('utf-32'), ''.encode('utf-16'), ''.encode('utf-32'))
print(''.encode('utf-8-sig'), b''.decode('utf-8-sig'), codecs.BOM_UTF8.decode('utf-8-sig'), b'\xef\xbb'.decode('utf-8-sig', 'replace'))
