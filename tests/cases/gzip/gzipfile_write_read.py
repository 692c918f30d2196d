# GzipFile on in-memory files: writing, then reading in every way.
import gzip
import io

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=7) as f:
    print(f.mode, repr(f.name), f.writable(), f.readable(), f.seekable())
    print(f.write(b"line one\n"), f.write(bytearray(b"line two\n")), f.write(memoryview(b"the end")))
    print(f.tell())
data = buf.getvalue()
print(data.hex())
r = gzip.GzipFile(fileobj=io.BytesIO(data))
print(r.mode, r.mtime, r.readable(), r.writable())
print(r.read(4), r.tell(), r.mtime)
print(r.peek(3)[:3], r.read1(5), r.readline(), r.readline(3), r.readline())
print(r.read(), r.read(), r.tell())
r.rewind()
print(list(r))
r.seek(5)
print(r.read(3), r.tell())
r.seek(2, 1)
print(r.read(4))
r.seek(0)
print(r.read(8))
r.close()
print(r.closed)
r.close()
named = io.BytesIO()
with gzip.GzipFile("report.csv.gz", "wb", fileobj=named, mtime=0) as f:
    f.write(b"a,b\n")
print(named.getvalue().hex())
with gzip.GzipFile("report.csv.gz", "rb", fileobj=io.BytesIO(named.getvalue())) as f:
    print(f.read(), f.name)
