# Seeking in a Latin-1 text stream: one byte per character.
import io

w = io.TextIOWrapper(io.BytesIO("café crème brûlée\nsecond".encode("latin-1")), encoding="latin-1")
print(w.read(4), w.tell(), w.readline(), w.tell())
w.seek(5)
print(w.read(5), w.tell())
w.seek(0, 2)
print(w.tell(), repr(w.read()))
print(w.encoding, w.errors, w.newlines)
