# _bz2 argument checking, docstrings and signatures.
import _bz2
for f in [lambda: _bz2.BZ2Compressor(1,2), lambda: _bz2.BZ2Decompressor(x=1), lambda: _bz2.BZ2Compressor().compress(), lambda: _bz2.BZ2Compressor().flush(1),lambda: _bz2.BZ2Decompressor().decompress(b'', -5, 3), lambda: _bz2.BZ2Decompressor().decompress(data=b'', max_length='a')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
import bz2
d = _bz2.BZ2Decompressor()
print(d.decompress(bz2.compress(b'abc'*1000), 0), d.needs_input, d.eof)
print(_bz2.BZ2Compressor.__doc__)
print(_bz2.BZ2Decompressor.__doc__)
print(_bz2.BZ2Decompressor.decompress.__doc__)
print(_bz2.BZ2Compressor.compress.__doc__)
print(_bz2.BZ2Compressor.flush.__doc__)
print(_bz2.BZ2Decompressor.decompress.__text_signature__, _bz2.BZ2Compressor.flush.__text_signature__,_bz2.BZ2Compressor.__text_signature__)
