# iterencode/iterdecode with errors, extra arguments and bad input.
import codecs
print(list(codecs.iterdecode([b'a\xff', b'\xc3', b'\xa9'], 'utf-8', 'replace')))
print(list(codecs.iterencode(['\xe9', '\u20ac'], 'ascii', 'backslashreplace')))
try:
    list(codecs.iterdecode([b'\xe2\x82'], 'utf-8'))
except UnicodeDecodeError as e:
    print(e)
try:
    list(codecs.iterencode(['\u20ac'], 'latin-1'))
except UnicodeEncodeError as e:
    print(e)
try:
    list(codecs.iterencode(['a'], 'utf-8', 'strict', bogus=1))
except TypeError as e:
    print(e)
print(list(codecs.iterdecode(iter([]), 'utf-16')), list(codecs.iterencode(iter(['']), 'utf-16')))
print(list(codecs.iterencode(['a', 'b'], 'charmap', mapping={97: 1, 98: 2})))
