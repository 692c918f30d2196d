# lib: arrcheck
import array, warnings
from arrcheck import show
R = array._array_reconstructor
A = array.array
data = bytes(range(1, 9))
for code in "bIdfw":
    for mf in range(22):
        show(f"{code} {mf}", lambda: R(A, code, mf, data))
show("float odd", lambda: R(A, 'd', 17, data + b'\x01'))
show("int odd", lambda: R(A, 'i', 9, data + b'\x01'))
show("utf16", lambda: R(A, 'w', 18, 'ab'.encode('utf-16-le')))
show("utf16 be pair", lambda: R(A, 'w', 19, '\U0001f600'.encode('utf-16-be')))
show("utf32 be", lambda: R(A, 'w', 21, 'xy'.encode('utf-32-be')))
show("bad code", lambda: R(A, 'x', 0, b''))
show("bad mformat", lambda: R(A, 'i', 99, b''))
show("negative mformat", lambda: R(A, 'i', -1, b''))
show("not subtype", lambda: R(int, 'i', 0, b''))
show("not a type", lambda: R(1, 'i', 0, b''))
show("str items", lambda: R(A, 'i', 0, 'x'))
show("int code", lambda: R(A, 1, 0, b''))
show("long code", lambda: R(A, 'ii', 0, b''))
show("float mformat", lambda: R(A, 'i', 1.0, b''))
show("three args", lambda: R(A, 'i', 0))
class Sub(A):
    pass
show("subclass", lambda: R(Sub, 'h', 4, b'\x01\x00'))
print(R.__name__, R.__doc__, R.__text_signature__)
