# cwd: tmp
# libc_ver(): the C library a binary names (the GLIBC_x.y versions of its
# symbols, libc.so.N, __libc_init), or the presets; without a file, the
# running C library.
import platform

lib, version = platform.libc_ver()
print(lib, all(p.isdigit() for p in version.split(".")))
samples = {
    "glibc": b"\0GLIBC_2.2.5\0GLIBC_2.17\0GLIBC_2.3\0GLIBC_2.17.1\0",
    "libcso": b"\x7fELF junk libc.so.6 more",
    "libcso2": b"libc.so.5 libc.so.6.1 libc.so.6",
    "threads": b"libc_r.so.4.2 ",
    "init": b"__libc_init and nothing else",
    "init_then_glibc": b"__libc_init GLIBC_2.1 libc.so.6",
    "so_then_glibc": b"libc.so.6 GLIBC_2.0",
    "nothing": b"no marks at all",
    "empty": b"",
    "stages": b"GLIBC_2.3a GLIBC_2.3 GLIBC_2.3.1",
}
for name, data in samples.items():
    with open(name, "wb") as f:
        f.write(data)
    print(name, platform.libc_ver(name), platform.libc_ver(name, "mylib", "9"))
big = b"x" * 40000 + b"GLIBC_2.4" + b"y" * 20000 + b"GLIBC_2.10"
with open("big", "wb") as f:
    f.write(big)
print(platform.libc_ver("big"), platform.libc_ver("big", chunksize=100))
try:
    platform.libc_ver("missing")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
for data in [b"libc.so.6 libc.so.5", b"libc.so", b"libc.so.4.2 libc.so.4.10", b"__libc_init libc.so.6",
             b"libc_r.so.4 libc_r.so.3", b"libc_x.so.4 libc_r.so.5", b"libc.so.5 libc_r.so.4"]:
    with open("f", "wb") as f:
        f.write(data)
    print(data, platform.libc_ver("f"), platform.libc_ver("f", "mylib", "9"), platform.libc_ver("f", "libc", "1"),
          platform.libc_ver("f", "glibc", "1"))
