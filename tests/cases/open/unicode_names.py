# cwd: tmp
# File names beyond ASCII, as str and as bytes.
for name in ("café.txt", "日本.txt", "emoji😀"):
    with open(name, "w") as f:
        f.write(name)
    with open(name) as f:
        print(f.read() == name, f.name == name)
    with open(name.encode(), "rb") as f:
        print(f.read().decode() == name, f.name == name.encode())
with open(b"raw\xffname", "w") as f:
    f.write("x")
with open("raw\udcffname") as f:
    print(f.read(), repr(f.name))
