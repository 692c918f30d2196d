# a2b_base64 in its forgiving mode: junk is skipped, padding is checked at the end.
import binascii

cases = ['aGVsbG8=', 'aGVsbG8=\n', 'aGVsbA==', 'aGVsbA', 'aGVsbA=', 'a', 'ab', 'abc', 'abc=', 'ab==', 'ab=',
         'aG!Vs bG8=', 'aGVsbG8===', 'aGVsbG8=abc', 'aGVsbG8=ab', 'aGVsbG8=abcd', 'ab==c', 'ab==cd', 'ab==cdef',
         'abc=d', 'abc=de', 'abc=defg', 'abc=defgh', 'ab=c=', 'ab=!=', 'a=b=', '=ab=', '==abc=', 'abcd=', 'abcd==',
         'abcd=e', 'abcd=ef==', 'abcde===', 'ab!c', 'ab=\n=', 'ab==\n', 'abc=\n\n', 'abc==', 'abc===', 'ab===', '=',
         'a=', '', '====', 'a===', '\n\n', '+/+/', '-_-_']
for s in cases:
    try:
        r = binascii.a2b_base64(s)
    except binascii.Error as e:
        r = 'Error: %s' % e
    print(repr(s), r)
print(binascii.a2b_base64(b'YWJj'), binascii.a2b_base64(bytearray(b'YQ==')), binascii.a2b_base64(memoryview(b'Yg==')))
