# The bz2 codec: codecs.encode/decode, lookup names, incremental forms.
import codecs
import bz2

raw = b"codec data " * 50
enc = codecs.encode(raw, "bz2")
print(enc == bz2.compress(raw), codecs.decode(enc, "bz2") == raw)
print(codecs.decode(codecs.encode(raw, "bz2_codec"), "bz2_codec") == raw)
info = codecs.lookup("bz2")
print(info.name, info._is_text_encoding)
print(info.encode(b"abc")[1], info.decode(enc)[1] == len(enc))
ie = codecs.getincrementalencoder("bz2")()
pieces = [ie.encode(raw[:100]), ie.encode(raw[100:]), ie.encode(b"", final=True)]
print(b"".join(pieces) == enc)
idec = codecs.getincrementaldecoder("bz2")()
out = b"".join(idec.decode(enc[i:i + 10]) for i in range(0, len(enc), 10))
print(out == raw, repr(idec.decode(b"after")))
idec.reset()
print(idec.decode(enc, final=True) == raw)
try:
    codecs.decode(b"not bz2", "bz2")
except OSError as e:
    print(type(e).__name__, e)
try:
    "text".encode("bz2")
except LookupError as e:
    print("LookupError", e)
try:
    b"x".decode("bz2")
except LookupError as e:
    print("LookupError", e)
