# cwd: tmp
# libc_ver()'s error paths: what cannot be opened or read, odd chunk sizes,
# and the presets that trip it up.
import os
import platform


def scan(target, *args, **kwargs):
    try:
        return platform.libc_ver(target, *args, **kwargs)
    except OSError as e:
        # the file is named by its real path, which differs from run to run
        name = os.path.relpath(e.filename) if isinstance(e.filename, str) else e.filename
        return "%s: %s %s %r" % (type(e).__name__, e.errno, e.strerror, name)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


with open("bin", "wb") as f:
    f.write(b"GLIBC_2.1 GLIBC_2.5")
os.mkdir("adir")
print(scan("bin"), scan(b"bin"), scan(os.path.abspath("bin")) == scan("bin"))
os.symlink("nowhere", "dangling")
os.symlink("adir", "dirlink")
print(scan("missing"))
print(scan("./adir/../missing"))
print(scan("dangling"))
print(scan("adir"))
print(scan("dirlink"))
print(scan(5))
print(scan(["bin"]))
print(scan("bin", chunksize=2.5))
print(scan("bin", chunksize="8"))
print(scan("bin", chunksize=-5))
# with glibc as the preset, the versions it finds have nothing to be compared with
print(scan("bin", "glibc", "1"))
with open("bin", "wb") as f:
    f.write(b"libc_r.so libc.so.3")
print(scan("bin"), scan("bin", "glibc", "1"))
with open("bin", "wb") as f:
    f.write(b"libc.so.3 libc_r.so")
print(scan("bin"))
# no file: the C library this process runs on, whatever the presets
lib, version = platform.libc_ver()
print(scan(None, "x", "y") == scan("", "x", "y") == (lib, version))
