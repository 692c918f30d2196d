# cwd: tmp
# Each mode of FileIO: what it can do and how it shows.
import _io

with _io.FileIO("f", "w") as f:
    f.write(b"0123456789")
for mode in ("r", "rb", "r+", "rb+", "r+b", "w", "wb", "w+", "a", "ab", "a+", "x", "x+"):
    if mode.startswith("x"):
        try:
            _io.FileIO("new", "r").close()
        except FileNotFoundError:
            pass
        else:
            print("unexpected")
        name = "new" + mode
    else:
        name = "f"
    f = _io.FileIO(name, mode)
    print(mode, f.mode, f.readable(), f.writable(), f.seekable(), f.tell(), f)
    f.close()
    print(f, f.closed)
try:
    _io.FileIO("newx", "x")
except FileExistsError as e:
    print(e)
