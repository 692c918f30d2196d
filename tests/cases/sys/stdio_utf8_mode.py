# options: -X utf8
# In the UTF-8 mode stdin and stdout escape undecodable bytes.
import sys

for f in (sys.stdin, sys.stdout, sys.stderr):
    print(f.encoding, f.errors)
print("lone \udcff surrogate")
sys.stdout.flush()
sys.stdout.buffer.write("lone \udcff again\n".encode("utf-8", "surrogateescape"))
