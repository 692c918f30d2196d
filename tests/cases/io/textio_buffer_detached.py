# cwd: tmp
# TextIOWrapper over a BufferedWriter whose raw stream was detached: the
# wrapper is not closed, keeps text, and fails when it hands it on.
import io

f = open("out.txt", "w", encoding="utf-8")
f.write("kept ")
raw = f.buffer.detach()
print(type(raw).__name__, raw.closed)
print(f.write("more"))
for what in (f.flush, lambda: f.closed, f.close, lambda: f.write("x"), f.tell):
    try:
        print("ok", what())
    except Exception as e:
        print(type(e).__name__, e)
raw.close()
print(repr(open("out.txt", encoding="utf-8").read()))
