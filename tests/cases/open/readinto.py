# cwd: tmp
# readinto on binary files, buffered and not.
with open("b", "wb") as f:
    f.write(bytes(range(10)))
for buffering in (0, -1, 3):
    with open("b", "rb", buffering=buffering) as f:
        buf = bytearray(4)
        print(type(f).__name__, f.readinto(buf), buf, f.readinto(buf), buf, f.readinto(buf), buf,
              f.readinto(buf))
        f.seek(0)
        big = bytearray(20)
        print(f.readinto(big), big)
        try:
            f.readinto(b"immutable")
        except TypeError as e:
            print(e)
