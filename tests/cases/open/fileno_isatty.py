# cwd: tmp
# fileno(), isatty() and the attributes shared by the layers.
f = open("f", "w")
print(f.fileno() == f.buffer.fileno() == f.buffer.raw.fileno(), f.isatty(), f.buffer.isatty())
print(f.name, f.buffer.name, f.buffer.raw.name, f.mode, f.buffer.mode, f.buffer.raw.mode)
print(f.closed, f.buffer.closed, f.buffer.raw.closed, f.buffer.raw.closefd)
f.close()
print(f.closed, f.buffer.closed, f.buffer.raw.closed)
