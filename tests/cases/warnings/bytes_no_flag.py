# without -b nothing warns; str() of a bytes subclass is bytes' repr
class B(bytes):
    def __repr__(self):
        return "B!"
print(b'a' == 'a', str(b'x'), str(bytearray(b'y')), str(B(b'z')), repr(B(b'z')), f"{B(b'q')}")
print('__str__' in bytes.__dict__, '__str__' in bytearray.__dict__)
