# Native and standard float codes agree on this machine.
import struct

for v in (0.5, -2.75, 1e-40, 123456.789):
    print(struct.pack('f', v) == struct.pack('<f', v), struct.pack('d', v) == struct.pack('=d', v),
          struct.pack('e', 0.5) == struct.pack('<e', 0.5))
print(struct.unpack('fd', struct.pack('fd', 1.5, 2.5)), struct.calcsize('fd'), struct.calcsize('<fd'))
