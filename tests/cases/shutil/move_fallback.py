# cwd: tmp
# When rename fails (another file system), move copies and removes instead.
import errno
import os
import shutil

real_rename = os.rename


def cross_device(src, dst):
    raise OSError(errno.EXDEV, os.strerror(errno.EXDEV), src, None, dst)


with open("file", "w") as f:
    f.write("contents")
os.utime("file", (3, 4))
os.makedirs("tree/sub")
with open("tree/sub/leaf", "w") as f:
    f.write("leaf")
os.symlink("sub", "tree/link")
os.symlink("file", "filelink")
os.mkdir("target")

os.rename = cross_device
try:
    print(shutil.move("file", "moved"))
    print(os.path.exists("file"), open("moved").read(), os.stat("moved").st_mtime)
    print(shutil.move("tree", "target"))
    print(os.path.exists("tree"), sorted(os.listdir("target/tree")))
    print(os.path.islink("target/tree/link"), os.readlink("target/tree/link"))
    print(shutil.move("filelink", "newlink"), os.path.islink("newlink"), os.readlink("newlink"))

    copied = []

    def my_copy(src, dst):
        copied.append((src, dst))
        return shutil.copy(src, dst)

    print(shutil.move("moved", "target/again", copy_function=my_copy), copied)
    try:
        shutil.move("target", "target/tree/inside")
    except shutil.Error as e:
        print("Error:", e)
    try:
        shutil.move("missing", "x")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
finally:
    os.rename = real_rename
print(sorted(os.listdir(".")), sorted(os.listdir("target")))
