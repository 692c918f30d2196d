# cwd: tmp
# A file larger than the buffers: lines across chunk boundaries, in text and
# binary mode, with each newline convention.
lines = ["%05d %s\n" % (i, "é" * (i % 40)) for i in range(3000)]
for nl in ("\n", "\r\n", "\r"):
    with open("big", "w", encoding="utf-8", newline=nl) as f:
        f.writelines(lines)
    with open("big", encoding="utf-8") as f:
        got = f.readlines()
    with open("big", encoding="utf-8", newline="") as f:
        raw = list(f)
    with open("big", "rb") as f:
        data = f.read()
    print(repr(nl), got == lines, len(raw), raw[-1].endswith(nl), len(data))
    with open("big", encoding="utf-8") as f:
        f.seek(0, 2)
        end = f.tell()
        f.seek(0)
        n = 0
        while f.read(997):
            n += 1
        print(n, end == len(data))
