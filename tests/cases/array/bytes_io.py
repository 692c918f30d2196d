# lib: arrcheck
import array
from arrcheck import show
a = array.array('H', [1, 2, 0xffff])
print(a.tobytes(), bytes(a), bytearray(a))
b = array.array('H')
b.frombytes(a.tobytes()); b.frombytes(bytearray(b'\x01\x02')); b.frombytes(memoryview(b'\x03\x04'))
print(b)
show("self, itemsize 2", lambda: b.frombytes(b))
print(b)
show("odd length", lambda: b.frombytes(b'abc'))
show("str", lambda: b.frombytes('ab'))
show("int", lambda: b.frombytes(4))
show("list", lambda: b.frombytes([1, 2]))
show("from array", lambda: b.frombytes(array.array('b', [1, 2])))
show("init bytes odd", lambda: array.array('i', b'abc'))
show("init bytearray", lambda: array.array('i', bytearray(b'abcd')))
show("init memoryview", lambda: array.array('b', memoryview(b'ab')))
print(array.array('d', array.array('d', [1.5]).tobytes()))
for code in "bBhHiIlLqQfd":
    x = array.array(code, [1, 2, 3])
    y = array.array(code)
    y.frombytes(x.tobytes())
    print(code, x == y, len(x.tobytes()))
import array
a = array.array('b', [1, 2])
try:
    a.frombytes(a); print(a)
except Exception as e: print(type(e).__name__, e)
try:
    a.frombytes(memoryview(b'abcd').cast('i')); print(a)
except Exception as e: print(type(e).__name__, e)
try:
    a.frombytes(memoryview(b'abcd')[::2]); print(a)
except Exception as e: print(type(e).__name__, e)
try:
    array.array('b', memoryview(b'abcd')[::2]); print(a)
except Exception as e: print(type(e).__name__, e)
