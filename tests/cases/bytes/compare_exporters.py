print(b'a' == memoryview(b'a'), memoryview(b'a') == b'a', b'a' != memoryview(b'b'))
try: print(b'a' < memoryview(b'b'))
except TypeError as e: print(e)
try: print(bytearray(b'a') < memoryview(b'b'))
except TypeError as e: print(e)
class B(bytes): pass
print(B(b'x') == b'x', b'x' == B(b'x'), bytearray(b'x') == B(b'x'))
