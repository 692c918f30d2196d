# cwd: tmp
# The reprs of the io classes in their states.
import io

f = open("r.txt", "w")
print(f, f.buffer, f.buffer.raw)
f.close()
print(f, f.buffer, f.buffer.raw)
b = open("r.bin", "rb", buffering=0)
print(b)
b.close()
print(b)
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
print(t)
t.name = "set later"
print(t)
del t.name
t.mode = "w+"
print(t)


class Named(io.BytesIO):
    name = "named.bin"


print(io.BufferedReader(Named()), io.TextIOWrapper(io.BufferedReader(Named())))
print(repr(io.BufferedWriter(io.BytesIO())))
