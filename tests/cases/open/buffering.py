# cwd: tmp
# open()'s buffering argument: unbuffered binary, line buffering, sizes.
def contents():
    with open("f", "rb") as g:
        return g.read()


f = open("f", "wb", buffering=0)
print(f, f.write(b"direct"), contents())
f.close()
f = open("f", "w", buffering=1)
print(f.line_buffering, f.buffer)
f.write("partial")
print(contents())
f.write(" line\n")
print(contents())
f.close()
f = open("f", "wb", buffering=5)
f.write(b"abc")
print(contents())
f.write(b"defgh")
print(contents())
f.close()
print(contents())
f = open("f", "w")
f.write("pending")
print(contents(), f.line_buffering)
f.flush()
print(contents())
f.close()
f = open("f", "r+b", buffering=0)
print(f, f.read(3), f.write(b"X"), f.seek(0), f.read())
f.close()
for size in (-1, -5, 1, 2, 4096):
    f = open("f", "r", buffering=size)
    print(size, f.read(), f.line_buffering)
    f.close()
