# posix directly: descriptors, stat and directories in a fresh directory.
import posix
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = d + '/f.txt'
    fd = posix.open(p, posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL, 0o640)
    print(posix.write(fd, b'hello\nworld\n'), posix.lseek(fd, 0, 1))
    posix.close(fd)
    st = posix.stat(p)
    print(type(st).__name__, st.st_size, oct(st.st_mode & 0o777), len(st), st[6] == st.st_size)
    fd = posix.open(p, posix.O_RDONLY)
    print(posix.read(fd, 5), posix.pread(fd, 5, 6), posix.read(fd, 100))
    print(posix.fstat(fd).st_size == st.st_size, posix.isatty(fd), posix.get_inheritable(fd))
    posix.close(fd)
    posix.mkdir(d + '/sub')
    posix.rename(p, d + '/sub/g.txt')
    print(sorted(posix.listdir(d)), posix.listdir(d + '/sub'), posix.listdir(d.encode() + b'/sub'))
    posix.symlink('sub/g.txt', d + '/link')
    print(posix.readlink(d + '/link'), posix.lstat(d + '/link').st_size, posix.stat(d + '/link').st_size)
    with posix.scandir(d) as it:
        for e in sorted(it, key=lambda e: e.name):
            print(type(e).__name__, e.name, e.is_dir(), e.is_file(), e.is_symlink(), repr(e))
    posix.unlink(d + '/link')
    posix.remove(d + '/sub/g.txt')
    posix.rmdir(d + '/sub')
    print(posix.listdir(d), posix.access(d, posix.W_OK), posix.access(d + '/nope', posix.F_OK))
