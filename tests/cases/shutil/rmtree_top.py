# cwd: tmp
# rmtree on things that are not directories: what the handler is told, what stays.
import os
import shutil


def onexc(func, path, exc):
    print("  onexc", func.__name__, path, type(exc).__name__, exc)


os.symlink("nowhere", "dangling")
open("file", "w").close()
os.symlink("file", "filelink")
os.mkfifo("fifo")
os.makedirs("tree/a/b")
os.symlink("../..", "tree/a/b/up")
for name in ("dangling", "filelink", "fifo", "tree"):
    print(name)
    shutil.rmtree(name, onexc=onexc)
    print("  still there:", os.path.lexists(name))
fd = os.open(".", os.O_RDONLY)
try:
    shutil.rmtree("file", dir_fd=fd)
except NotADirectoryError as e:
    print("NotADirectoryError", e.errno, e.filename)
os.makedirs("sub/x/y")
shutil.rmtree("sub/x", dir_fd=fd)
os.close(fd)
print(sorted(os.listdir(".")), os.listdir("sub"))
