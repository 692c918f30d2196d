def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

from collections.abc import Buffer
class Own:
    def __buffer__(self, flags):
        return memoryview(b'own')
print(isinstance(b'', Buffer), isinstance(bytearray(), Buffer), isinstance(memoryview(b''), Buffer))
print(isinstance('', Buffer), isinstance([], Buffer), isinstance(Own(), Buffer))
print(issubclass(memoryview, Buffer), issubclass(int, Buffer))
