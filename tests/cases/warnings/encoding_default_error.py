# options: -X warn_default_encoding -W error::EncodingWarning
# cwd: tmp
# EncodingWarning as an error: open() without an encoding fails before the
# file is made.
import io
import os

try:
    open("x.txt", "w")
except EncodingWarning as e:
    print(type(e).__name__, e, os.path.exists("x.txt"))
try:
    io.TextIOWrapper(io.BytesIO(b""))
except EncodingWarning as e:
    print(type(e).__name__, e)
try:
    io.text_encoding(None)
except EncodingWarning as e:
    print(type(e).__name__, e)
with open("x.txt", "w", encoding="utf-8") as f:
    print(f.encoding)
open("x.txt")
