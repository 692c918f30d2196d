# cwd: tmp
# The filename and filename2 of the OSErrors os raises.
import os

class P:
    def __fspath__(self): return 'via_fspath'

def show(f, *a):
    try:
        f(*a)
    except OSError as e:
        print(f.__name__, type(e).__name__, e.errno, repr(e.filename), repr(e.filename2), e.args)
show(os.stat, 'missing')
show(os.stat, b'missing')
show(os.stat, P())
show(os.lstat, P())
show(os.rename, 'a', 'b')
show(os.rename, P(), b'b')
show(os.link, 'a', 'b')
show(os.symlink, 'a', 'a2') if False else None
os.symlink('a', 'a2')
show(os.symlink, 'x', 'a2')
show(os.close, 9999)
show(os.stat, 9999)
show(os.chmod, 9999, 0)
show(os.listdir, 9999)
show(os.open, P(), 0)
show(os.readlink, 'missing')
show(os.mkfifo, 'a2')
show(os.utime, 'missing')
