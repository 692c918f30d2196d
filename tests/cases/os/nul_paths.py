# A NUL in a path is a ValueError naming the function and the argument.
import os

calls = [(os.stat, ('a\0',)), (os.lstat, (b'\0',)), (os.mkdir, ('a\0',)), (os.rmdir, ('a\0',)),
         (os.remove, ('a\0',)), (os.unlink, ('a\0',)), (os.listdir, ('a\0',)), (os.scandir, ('a\0',)),
         (os.chdir, ('a\0',)), (os.open, ('a\0', 0)), (os.rename, ('a\0', 'b')), (os.rename, ('a', 'b\0')),
         (os.replace, ('a', b'\0')), (os.link, ('a\0', 'b')), (os.symlink, ('a', 'b\0')),
         (os.readlink, ('a\0',)), (os.chmod, ('a\0', 0)), (os.utime, ('a\0',)), (os.access, ('a\0', 0)),
         (os.truncate, ('a\0', 0)), (os.mkfifo, ('a\0',)), (os.chown, ('a\0', -1, -1))]
for f, a in calls:
    try:
        f(*a)
    except ValueError as e:
        print(f.__name__, e)
print(os.path.exists('a\0'), os.path.isfile(b'\0'), os.path.isdir('a\0'), os.path.islink('\0'))
