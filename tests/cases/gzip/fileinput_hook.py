# fileinput.hook_compressed reads .gz files through gzip.
# cwd: tmp
import fileinput
import gzip

with gzip.open("lines.txt.gz", "wb") as f:
    f.write(b"first line\nsecond line\n")
with open("plain.txt", "w") as f:
    f.write("plain line\n")
with fileinput.input(["lines.txt.gz", "plain.txt"], openhook=fileinput.hook_compressed) as lines:
    for line in lines:
        print(fileinput.filename(), fileinput.lineno(), repr(line))
with fileinput.input(["lines.txt.gz"], openhook=fileinput.hook_compressed, encoding="utf-8") as lines:
    print([line for line in lines])
