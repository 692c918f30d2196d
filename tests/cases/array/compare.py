# lib: arrcheck
import array
from arrcheck import show
A = array.array
pairs = [(A('i', [1, 2]), A('i', [1, 2])), (A('i', [1, 2]), A('i', [1, 3])), (A('i', [1, 2]), A('i', [1, 2, 0])),
         (A('i', [1, 2]), A('d', [1.0, 2.0])), (A('b', [1]), A('d', [0.5])), (A('i'), A('i')), (A('B', [255]), A('b', [-1])),
         (A('w', 'ab'), A('w', 'b')), (A('d', [float('nan')]), A('d', [float('nan')])), (A('d', [-0.0]), A('d', [0.0])),
         (A('Q', [2**64 - 1]), A('q', [-1])), (A('f', [0.1]), A('d', [0.1]))]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
show("lt int", lambda: A('i') < 3)
show("eq int", lambda: A('i') == 3)
show("eq list", lambda: A('i', [1]) == [1])
show("lt w vs i", lambda: A('w', 'a') < A('i', [1]))
show("eq w vs i", lambda: A('w', 'a') == A('i', [1]))
show("hash", lambda: hash(A('i')))
show("in dict", lambda: {A('i'): 1})
print(A('B', b'\x00') == b'\x00', b'\x00' == A('B', b'\x00'), bytearray(b'\x00') == A('B', b'\x00'), A('B', b'\x00') == bytearray(b'\x00'))
print(memoryview(b'\x01') == A('B', [1]), A('B', [1]) == memoryview(b'\x01'), memoryview(A('i', [1])) == A('i', [1]), memoryview(A('i', [1])) == A('d', [1.0]))
print(bytearray(b'\x01\x00') == A('h', [1]), b'\x01' < bytearray(b'\x02'))
