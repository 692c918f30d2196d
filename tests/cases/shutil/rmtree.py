# cwd: tmp
# rmtree: a tree with files, links and empty directories; links are not followed.
import os
import shutil

os.makedirs("t/a/b/c")
os.makedirs("t/empty")
for p in ("t/f", "t/a/g", "t/a/b/c/h"):
    with open(p, "w") as f:
        f.write(p)
os.makedirs("keep")
open("keep/precious", "w").close()
os.symlink("../keep", "t/link-to-dir")
os.symlink("../keep/precious", "t/link-to-file")
os.symlink("nowhere", "t/dangling")
os.mkfifo("t/fifo")
print(shutil.rmtree("t"))
print(sorted(os.listdir(".")), os.listdir("keep"))
print(shutil.rmtree.avoids_symlink_attacks)

os.makedirs("b/x")
shutil.rmtree(b"b")
print(os.path.exists("b"))

os.makedirs("slash/x")
shutil.rmtree("slash/")
print(os.path.exists("slash"))

# relative to a directory descriptor
os.makedirs("base/victim/inner")
fd = os.open("base", os.O_RDONLY)
shutil.rmtree("victim", dir_fd=fd)
print(os.listdir("base"))
try:
    shutil.rmtree("victim", dir_fd=fd)
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
os.close(fd)
