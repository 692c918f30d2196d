# Writing through each layer of sys.stdout: text waits in the wrapper,
# bytes in the buffer, the raw FileIO writes at once; flush() of the buffer
# leaves the wrapper's text where it is.
import sys

sys.stdout.write("text1 ")
sys.stdout.buffer.write(b"bytes1 ")
sys.stdout.buffer.raw.write(b"raw1 ")
sys.stdout.buffer.flush()
sys.stdout.buffer.raw.write(b"raw2 ")
sys.stdout.flush()
print()
print(sys.stdout.buffer.write(b"b "), sys.stdout.buffer.write(bytearray(b"ba ")))
print(sys.stdout.buffer.raw.write(b"r\n"))
for what in (sys.stdout.tell, sys.stdout.buffer.tell, lambda: sys.stdout.seek(0), sys.stdout.truncate,
             lambda: sys.stdout.buffer.read(1), lambda: sys.stdout.read(), sys.stdout.readline):
    try:
        print("ok", what())
    except Exception as e:
        print(type(e).__name__, e)
print(sys.stdout.seekable(), sys.stdout.buffer.seekable(), sys.stdout.isatty(), sys.stdout.buffer.isatty())
sys.stdout.writelines(["w1 ", "w2\n"])
