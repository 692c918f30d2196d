# a2b_base64 with strict_mode=True: every rule on padding and junk.
import binascii

cases = ['aGVsbG8=', 'aG!Vs', 'aGVsbG8=a', '=aGVs', 'aGVsbA', 'aGV=sbA=', 'aGVsbA==', '', 'ab==c', 'abc=d',
         'ab=c=', 'ab=!=', 'a=b=', '==abc=', 'abcd=', 'abcd==', 'abc==', 'ab===', 'a', 'abcde===', 'ab==\n',
         'abc=\n', 'ab=', '=', 'a=', 'YWJj\n', 'YW Jj']
for s in cases:
    try:
        r = binascii.a2b_base64(s, strict_mode=True)
    except binascii.Error as e:
        r = 'Error: %s' % e
    print(repr(s), r)
