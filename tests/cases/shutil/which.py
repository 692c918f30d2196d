# cwd: tmp
# which: PATH searching, modes, names with a directory part.
import os
import shutil

os.mkdir("bin1")
os.mkdir("bin2")
for path, mode in (("bin1/tool", 0o644), ("bin2/tool", 0o755), ("bin2/other", 0o700), ("here", 0o755)):
    open(path, "w").close()
    os.chmod(path, mode)
os.mkdir("bin1/dir")
os.chmod("bin1/dir", 0o755)

print(shutil.which("tool", path="bin1" + os.pathsep + "bin2"))
print(shutil.which("tool", path="bin1"))
print(shutil.which("tool", mode=os.F_OK, path="bin1" + os.pathsep + "bin2"))
print(shutil.which("tool", mode=os.R_OK, path="bin1"))
print(shutil.which("dir", path="bin1"))
print(shutil.which("missing", path="bin1:bin2"))
print(shutil.which("other", path="bin1:bin1:bin2"))
print(shutil.which(b"tool", path="bin2"), shutil.which("tool", path=b"bin2"))
print(shutil.which("./here"), shutil.which("bin2/tool"), shutil.which("bin1/tool"))
print(shutil.which("here", path=""), shutil.which("here", path=":"), shutil.which("here", path="."))
os.environ["PATH"] = "bin2"
print(shutil.which("tool"), shutil.which("other"))
os.environ["PATH"] = ""
print(shutil.which("tool"))
del os.environ["PATH"]
print(shutil.which("sh"))
try:
    shutil.which(5)
except TypeError as e:
    print("TypeError:", e)
