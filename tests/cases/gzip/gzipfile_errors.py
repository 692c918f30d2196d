# What GzipFile refuses: wrong modes, writes when reading, closed files.
import gzip
import io

def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

blob = gzip.compress(b"data")
r = gzip.GzipFile(fileobj=io.BytesIO(blob))
show(lambda: r.write(b"x"))
w = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
show(lambda: w.read())
show(lambda: w.write("text"))
show(lambda: w.seek(0, 2))
show(lambda: w.write(b"abc"))
show(lambda: w.seek(1))
show(lambda: w.rewind())
w.close()
show(lambda: w.write(b"x"))
r.close()
show(lambda: r.read())
show(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="rt"))
show(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="z"))
show(lambda: gzip.GzipFile(fileobj=io.BytesIO(b"garbage"), mode="rb").read())
show(lambda: gzip.GzipFile(fileobj=io.BytesIO(blob[:-3])).read())
