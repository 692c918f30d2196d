# cwd: tmp
# copyfile and copyfileobj: contents only, the same file, pipes, missing paths.
import io
import os
import shutil

with open("src", "wb") as f:
    f.write(b"x" * 300000 + b"end")
print(shutil.copyfile("src", "dst"))
with open("dst", "rb") as f:
    data = f.read()
print(len(data), data[-3:])
os.chmod("src", 0o640)
shutil.copyfile("src", "dst2")
print(oct(os.stat("dst2").st_mode & 0o777) != "0o640" or "umask")


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e, e.args if isinstance(e, shutil.Error) else "")


os.mkdir("d")
attempt(shutil.copyfile, "src", "src")
os.link("src", "hard")
attempt(shutil.copyfile, "src", "hard")
attempt(shutil.copyfile, "src", "d")
attempt(shutil.copyfile, "src", "nodir/x")
attempt(shutil.copyfile, "src", "nodir/")
attempt(shutil.copyfile, "missing", "x")
attempt(shutil.copyfile, "d", "x")
os.mkfifo("fifo")
attempt(shutil.copyfile, "fifo", "x")
attempt(shutil.copyfile, "src", "fifo")
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError),
      issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.ReadError, OSError))

# symbolic links: followed, or copied as links
os.symlink("src", "link")
shutil.copyfile("link", "followed")
print(os.path.islink("followed"), os.path.getsize("followed"))
shutil.copyfile("link", "as-link", follow_symlinks=False)
print(os.path.islink("as-link"), os.readlink("as-link"))

# copyfileobj between file objects, with a chunk size
src = io.BytesIO(b"abcdefghij")
dst = io.BytesIO()


class Counting(io.BytesIO):
    writes = 0

    def write(self, b):
        Counting.writes += 1
        return super().write(b)


out = Counting()
shutil.copyfileobj(src, out, 3)
print(out.getvalue(), Counting.writes)
shutil.copyfileobj(io.StringIO("text"), sio := io.StringIO())
print(sio.getvalue(), shutil.COPY_BUFSIZE)
src = io.BytesIO(b"0123456789")
src.seek(4)
shutil.copyfileobj(src, dst)
print(dst.getvalue())
print(sorted(os.listdir(".")))
