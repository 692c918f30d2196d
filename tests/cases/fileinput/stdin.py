# '-' and an empty list of files read standard input (here: nothing).
import fileinput
import sys

with fileinput.input("-") as f:
    print(list(f), f.filename(), f.isstdin())
sys.argv[1:] = []
with fileinput.input() as f:
    print(f._files, list(f), f.filename())
sys.argv[1:] = ["-", "-"]
with fileinput.FileInput() as f:
    print(f._files, list(f), f.filename(), f.lineno())
with fileinput.input("-", mode="rb") as f:
    print(list(f), f.isstdin(), f.filename())
print(sys.stdin.closed)

# standard input replaced by the program: read where '-' stands, never closed
import io

sys.stdin = io.StringIO("in 1\nin 2\n")
with open("/dev/null") as devnull:
    pass
with fileinput.input(["-"]) as f:
    for line in f:
        print(repr(line), f.filename(), f.isstdin(), f.lineno(), f.filelineno(), f.isfirstline())
print(sys.stdin.closed, repr(sys.stdin.read()))
sys.stdin = io.TextIOWrapper(io.BytesIO(b"bytes 1\nbytes 2"))
with fileinput.input("-", mode="rb") as f:
    print(list(f), f.isstdin())
print(sys.stdin.closed)
sys.stdin = io.StringIO("again\n")
with fileinput.input("-", inplace=True) as f:
    for line in f:
        print("read", repr(line))
sys.stdin = sys.__stdin__
