# Writing into a StringIO while iterating over it.
import io

s = io.StringIO("a\nb\nc\n")
out = []
for line in s:
    out.append(line)
    if line == "a\n":
        pos = s.tell()
        s.seek(0, 2)
        s.write("d\n")
        s.seek(pos)
print(out, repr(s.getvalue()))
