# cwd: tmp
# Without -X warn_default_encoding nothing is said, and the default
# encoding is the locale's ("utf-8" in UTF-8 mode).
import io
import sys

print(sys.flags.warn_default_encoding, sys.flags.utf8_mode)
with open("x.txt", "w") as f:
    print(f.encoding)
print(io.text_encoding(None), io.text_encoding(None, 5))
