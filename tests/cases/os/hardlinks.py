# cwd: tmp
# Hard links: link(), st_nlink, samefile, and link's errors.
import os

fd = os.open('a', os.O_CREAT | os.O_WRONLY)
os.close(fd)
print(os.stat('a').st_nlink)
os.link('a', 'b')
print(os.stat('a').st_nlink, os.path.samefile('a', 'b'), os.stat('a').st_ino == os.stat('b').st_ino)
for src, dst in [('missing', 'c'), ('a', 'b'), ('a', 'nodir/c'), ('a', b'c')]:
    try:
        os.link(src, dst)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
os.remove('b')
print(os.stat('a').st_nlink, sorted(os.listdir()))
