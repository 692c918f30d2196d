# When a BufferedWriter passes data to its raw stream, and in which pieces.
import io
class R(io.RawIOBase):
    def writable(self): return True
    def write(self, b): print('  raw write', bytes(b)); return len(b)
for seq in ([b'abc', b'de', b'f'], [b'abc', b'defg'], [b'abcde'], [b'abcdef'], [b'ab', b'cdefghijkl'], [b'abcd', b'e'], [b'', b'abcde', b'']):
    print(seq)
    w = io.BufferedWriter(R(), 5)
    for x in seq: print(' write', x, w.write(x))
    print(' flush'); w.flush()
