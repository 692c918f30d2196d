# cwd: tmp
# Detaching the layers of an open file.
f = open("f", "w")
f.write("via text ")
buf = f.detach()
print(buf, repr(f))
buf.write(b"via buffer ")
raw = buf.detach()
print(raw, repr(buf))
raw.write(b"via raw")
raw.close()
with open("f") as g:
    print(g.read())
try:
    f.write("x")
except ValueError as e:
    print(e)
try:
    buf.write(b"x")
except ValueError as e:
    print(e)
