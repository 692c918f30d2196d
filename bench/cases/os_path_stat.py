# os and os.path in a loop: stat, lstat, scandir and listdir of /, posixpath's join, split, splitext and normpath.
import os
import posixpath
import stat
import time


N = 30000


def main():
    total = 0
    for i in range(N):
        st = os.stat("/")
        total += stat.S_ISDIR(st.st_mode) + stat.S_ISLNK(os.lstat("/").st_mode)
        path = posixpath.join("/usr", "lib", "pkg%d" % (i % 10), "mod.py")
        head, tail = posixpath.split(path)
        root, ext = posixpath.splitext(tail)
        total += len(head) + len(root) + len(ext)
        total += len(posixpath.normpath(path + "/../../other/./x"))
        total += posixpath.isabs(path) + len(posixpath.basename(head))
        if i % 50 == 0:
            names = os.listdir("/")
            dirs = sum(1 for e in os.scandir("/") if e.is_dir(follow_symlinks=False))
            total += len(names) * 3 + dirs
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
