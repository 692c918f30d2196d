# BZ2Decompressor.decompress(max_length): the output limit and needs_input.
import bz2

data = bytes(range(256)) * 200
blob = bz2.compress(data)
dec = bz2.BZ2Decompressor()
got = []
chunk = dec.decompress(blob, max_length=1000)
got.append(chunk)
print(len(chunk), dec.needs_input, dec.eof)
while not dec.eof:
    chunk = dec.decompress(b"", 7777)
    got.append(chunk)
    print(len(chunk), dec.needs_input, dec.eof)
print(b"".join(got) == data)

dec = bz2.BZ2Decompressor()
print(dec.decompress(blob, 0), dec.needs_input)
print(len(dec.decompress(b"", -1)), dec.eof)

dec = bz2.BZ2Decompressor()
half = len(blob) // 2
a = dec.decompress(blob[:half], 10)
print(len(a), dec.needs_input)
b = dec.decompress(blob[half:], -5)
print(len(a) + len(b), dec.needs_input, dec.eof)
try:
    bz2.BZ2Decompressor().decompress(blob, "x")
except TypeError as e:
    print("TypeError", e)
