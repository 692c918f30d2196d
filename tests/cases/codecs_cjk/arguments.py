# The CJK codecs' arguments: what the encoders convert with str(), the
# bytes-like objects decoders take, state and errors arguments checked as
# CPython checks them.
import codecs, io
for name in ['gbk', 'iso2022_jp', 'euc_jis_2004']:
    info = codecs.lookup(name)
    e = info.incrementalencoder()
    d = info.incrementaldecoder()
    for f, a in [(e.encode, (123,)), (e.encode, (b'x',)), (d.decode, ('abc',)), (d.decode, (123,)),
                 (d.decode, (bytearray(b'ab'),)), (d.decode, (memoryview(b'ab'),)), (info.encode, (123,)),
                 (info.decode, ('x',)), (e.setstate, ('x',)), (d.setstate, ((1, 2),)), (d.setstate, ((b'x' * 9, 0),)),
                 (e.setstate, (-1,)), (e.setstate, (2 ** 200,)), (d.setstate, ((b'', -1),)), (e.encode, ('x', 1)),
                 (info.incrementalencoder, (1,)), (info.encode, ('x', 1))]:
        try:
            print(name, getattr(f, "__name__", "?"), repr(f(*a)))
        except Exception as ex:
            print(name, getattr(f, "__name__", "?"), type(ex).__name__, ex)
    print(e.errors, d.errors, info.streamwriter(io.BytesIO()).errors)
    w = info.streamwriter(io.BytesIO())
    for a in [123, b'x']:
        try:
            w.write(a)
            print(w.stream.getvalue())
        except Exception as ex:
            print(type(ex).__name__, ex)
