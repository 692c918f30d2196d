import io
b = io.BytesIO(b"hello world")
m = b.getbuffer()
print(type(m), m.readonly, m.format, m.nbytes, bytes(m))
m[0] = ord('J')
print(b.getvalue())
for op in (lambda: b.write(b"x"), lambda: b.truncate(2), lambda: b.close(), lambda: b.seek(0), lambda: b.read(2), lambda: b.getvalue(), lambda: b.__setstate__((b'a', 0, None)), lambda: b.writelines([b'a'])):
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
m2 = b.getbuffer()
m.release()
try: b.write(b"zz")
except Exception as e: print(type(e).__name__, e)
m2.release()
print(b.write(b"zz"), b.getvalue())
b.seek(100)
with b.getbuffer() as m3:
    print(m3.nbytes)
b.write(b"!")
print(b.getvalue()[-3:], len(b.getvalue()))
b.close()
try: b.getbuffer()
except Exception as e: print(type(e).__name__, e)
c = io.BytesIO()
print(bytes(c.getbuffer()), c.getbuffer().nbytes)
v = c.getvalue(); m = c.getbuffer(); print(m.tobytes()); m.release()
class B(io.BytesIO): pass
x = B(b"ab"); print(x.getbuffer().tolist())
import gc
d = io.BytesIO(b"abc"); mm = d.getbuffer(); del d; print(bytes(mm)); mm.release()
