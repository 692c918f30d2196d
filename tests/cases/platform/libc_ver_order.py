# cwd: tmp
# libc_ver() keeps the highest version it sees: numbers compared as numbers,
# empty parts ignored, a library suffix ("_r") weighed as a word, "p"/"pl"
# above any number; and it finds marks however the file is cut into chunks.
import platform


def scan(data, *args, **kwargs):
    with open("bin", "wb") as f:
        f.write(data)
    try:
        return platform.libc_ver("bin", *args, **kwargs)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


versions = ["2", "2.0", "2.", ".2", "..", ".", "2..3", "2.3", "2.10", "2.9", "10", "02", "2.00", "1.99.99", "3"]
print(" " * 8 + " ".join(v[:1] for v in versions))
for first in versions:
    row = []
    for second in versions:
        kept = scan(("GLIBC_%s GLIBC_%s" % (first, second)).encode())[1]
        row.append("=" if first == second else (">" if kept == second else "<"))
    print("%7s" % first, " ".join(row))

later = ["4", "4.0", "4.1", "3", "5", "40", "4.0.0", "4.1.1", "4.99"]
for suffix in ["r", "a", "rc", "pl", "p", "dev", "1", "x", "_", "r1", "1r", "a1b", "pl_r", "r_pl", "plx", "PL",
               "p_1", "1_p", "00", "1_1", "0"]:
    row = []
    for second in later:
        kept = scan(("libc_%s.so.4 libc.so.%s" % (suffix, second)).encode())[1]
        row.append(">" if kept == second else ("=" if kept == "4_" + suffix else kept))
    print("%5s" % suffix, " ".join(row))

for pair in [b"libc_r.so.4.2 libc.so.4.2.1", b"libc_r.so.4.2 libc.so.4.2", b"libc_r.so.4.2 libc.so.4.1.9",
             b"libc_r.so.4 libc_s.so.4", b"libc_r.so.4 libc.so.4 libc_r.so.4", b"libc.so.4_r", b"libc.so.4.x",
             b"libc_\xe9.so.4", b"LIBC.so.3 glibc_2.3", b"libcxso.3", b"libc_.so.3"]:
    print(pair, scan(pair), scan(pair, "mine", "7"))

text = b"xxGLIBC_2.1 GLIBC_2.22 libc.so.7 __libc_init"
for size in [1, 2, 3, 5, 7, 8, 11, 16, 100, -1, None, 0]:
    print(size, scan(text, chunksize=size), scan(b"abcdefghij__libc_init", chunksize=size),
          scan(b"aaaalibc_rr.so.12345", chunksize=size))
