# A compressor after flush(Z_FINISH): what each method says.
import zlib

co = zlib.compressobj()
print(co.compress(b"data") , len(co.flush()))
for call in (lambda: co.compress(b"more"), lambda: co.flush(), lambda: co.flush(zlib.Z_SYNC_FLUSH),
             lambda: co.flush(zlib.Z_NO_FLUSH), lambda: co.copy()):
    try:
        print("ok", call())
    except zlib.error as e:
        print("zlib.error:", e)
    except ValueError as e:
        print("ValueError:", e)
co = zlib.compressobj()
for mode in (99, -5, 6):
    try:
        print(co.flush(mode))
    except zlib.error as e:
        print(mode, "zlib.error:", e)
print(len(co.flush()))
try:
    co.compress("str")
except TypeError as e:
    print("TypeError", e)
try:
    co.flush(1.5)
except TypeError as e:
    print("TypeError", e)
