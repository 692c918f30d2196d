# options: -X utf8 -X warn_default_encoding
# cwd: tmp
# UTF-8 mode: text_encoding(None) is "utf-8", and still warns.
import io
import sys

print(sys.flags.warn_default_encoding, sys.flags.utf8_mode)
print(io.text_encoding(None))
with open("x.txt", "w") as f:
    print(f.encoding)
