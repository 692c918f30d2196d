# options: -b
# -b: bytes compared with str or int, and str() of bytes, warn
import warnings
warnings.simplefilter("always", BytesWarning)
print(b'a' == 'a'); print('a' == b'a'); print(b'a' != 'a'); print(bytearray(b'a') == 'a'); print('a' != bytearray(b'a'))
print(b'a' == 97); print(97 == b'a'); print(bytearray(b'a') == 97); print(b'a' == 1.5); print(b'a' == None)
print(str(b'x')); print(str(bytearray(b'y'))); print('%s' % b'z'); print(f"{b'w'}"); print(format(b'v')); print(repr(b'r')); print(f"{b'q'!r}")
print(b'a' in ['a']); print({b'a': 1}.get('a')); print('a' in {b'a'})
class B(bytes): pass
print(B(b'a') == 'a'); print(str(B(b'b')))

