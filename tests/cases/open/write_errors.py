# cwd: tmp
# Writing the wrong type to text and binary files, and to read-only ones.
def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


with open("t", "w") as t:
    attempt(t.write, b"bytes")
    attempt(t.write, 5)
    attempt(t.write, None)
    attempt(t.writelines, ["ok", 5])
    attempt(t.read)
    attempt(t.readline)
with open("b", "wb") as b:
    attempt(b.write, "text")
    attempt(b.write, 5)
    attempt(b.write, bytearray(b"ba"))
    attempt(b.writelines, [b"ok", "no"])
    attempt(b.read)
with open("t") as r:
    attempt(r.write, "x")
    attempt(r.writelines, ["x"])
    attempt(r.truncate)
with open("b", "rb") as rb:
    attempt(rb.write, b"x")
    attempt(rb.truncate, 0)
with open("t") as r:
    print(repr(r.read()))
with open("b", "rb") as rb:
    print(rb.read())
