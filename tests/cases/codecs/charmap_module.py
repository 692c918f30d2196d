# The generic charmap codec with mappings given to its parts.
import codecs, io, encodings.charmap as cm
info = codecs.lookup('charmap')
print(info.name, info.encode('abc'), info.decode(b'\xe9'))
mapping = {ord('a'): b'A', ord('b'): 0x42, ord('c'): None}
enc = cm.IncrementalEncoder('replace', mapping)
print(enc.encode('ab'), enc.mapping is mapping)
try:
    enc.encode('c')
except UnicodeEncodeError as e:
    print(e)
dec = cm.IncrementalDecoder(mapping='xyz')
print(dec.decode(b'\x00\x02'), dec.errors)
w = cm.StreamWriter(io.BytesIO(), mapping={ord('q'): 0x51})
w.write('qq')
print(w.stream.getvalue())
r = cm.StreamReader(io.BytesIO(b'\x00\x01'), mapping='pq')
print(r.read())
print(cm.Codec().encode('\xe9'), cm.Codec().decode(b'\x01', 'strict', 'xy'))
