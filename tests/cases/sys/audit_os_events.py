# The audit events of os, time, id(), sys._getframe, subprocess, tempfile
# and the import system, with their arguments as CPython gives them.
import os
import sys
import tempfile

# what each part of the case records (library code may raise other events
# on its way, and which ones is its own business)
WANTED = ("os.", "time.sleep", "sys._getframe", "tempfile.", "glob.", "shutil.")
seen = []
base = None


def show(value):
    if isinstance(value, (str, bytes)) and base:
        b = base if isinstance(value, str) else os.fsencode(base)
        return value.replace(b, b"<tmp>" if isinstance(value, bytes) else "<tmp>")
    if isinstance(value, (list, tuple)):
        return type(value)(show(v) for v in value)
    if type(value).__name__ == "frame":
        return "<frame %s>" % value.f_code.co_name
    if value == os.getpid():
        return "<pid>"
    if value == watched_id:
        return "<id>"
    return value


watched_id = None


def hook(event, args):
    if event in WANTED or event.startswith(tuple(w for w in WANTED if w.endswith("."))):
        seen.append((event, show(args)))
    elif event == "import" and args[0] in ("colorsys", "graphlib"):
        seen.append((event, args[:2], args[2] is sys.path, args[3] is sys.meta_path, args[4] is sys.path_hooks))


base = tempfile.mkdtemp(prefix="audit")
sys.addaudithook(hook)


def flush(title):
    print(title)
    for item in seen:
        print("   ", *item)
    del seen[:]


os.chdir(base)
flush("chdir")
os.mkdir("d", 0o750)
os.mkdir(b"e")
os.rename("d", "d2")
os.replace("d2", "d3")
os.rmdir("d3")
os.rmdir(b"e")
flush("directories")
with open("f", "w") as fh:
    fh.write("x")
os.chmod("f", 0o640)
os.utime("f", (1, 2))
os.utime("f", ns=(10, 20))
os.utime("f")
os.truncate("f", 0)
fd = os.open("f", os.O_RDWR)
os.ftruncate(fd, 0)
os.fchmod(fd, 0o600)
os.close(fd)
os.chown("f", -1, -1)
fd = os.open(".", os.O_RDONLY)
os.fchdir(fd)
os.close(fd)
os.symlink("f", "lnk")
os.link("f", "hard")
os.unlink("lnk")
os.remove("hard")
flush("files")
os.listdir()
os.listdir(".")
os.listdir(b".")
with os.scandir() as it:
    list(it)
list(os.walk("."))
flush("listing")
os.putenv("AUDIT_X", "1")
os.unsetenv("AUDIT_X")
os.environ["AUDIT_Y"] = "2"
del os.environ["AUDIT_Y"]
flush("environment")
print(os.system("exit 3") >> 8)
os.kill(os.getpid(), 0)
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
flush("processes")
import time
time.sleep(0)
time.sleep(0.0)
watched_id = id(base)
WANTED += ("builtins.id",)
id(base)
WANTED = WANTED[:-1]
f = sys._getframe()
flush("time, id, frames")

for bad in (lambda: os.mkdir(5.5), lambda: os.rmdir("missing"), lambda: os.remove("f", dir_fd="x"),
            lambda: os.chmod("missing", 0o600), lambda: os.listdir("missing")):
    try:
        bad()
    except (OSError, TypeError) as e:
        print("   ", type(e).__name__)
flush("errors: the event comes after the arguments are checked")

import colorsys
import colorsys
import graphlib
flush("imports")

import subprocess
WANTED = ("subprocess.Popen",)
subprocess.run(["true"], cwd=".")
subprocess.run("exit 0", shell=True, env={"A": "1"})
flush("subprocess")

import shutil
WANTED = ("os.", "shutil.")
os.chdir("/")
shutil.rmtree(base)
flush("shutil")
