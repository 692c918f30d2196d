# cwd: tmp
# Every byte value survives a binary round trip.
data = bytes(range(256)) * 4
with open("b", "wb") as f:
    print(f.write(data))
with open("b", "rb") as f:
    back = f.read()
print(back == data, len(back))
with open("b", "rb") as f:
    chunks = []
    while True:
        c = f.read(100)
        if not c:
            break
        chunks.append(c)
print(len(chunks), b"".join(chunks) == data)
with open("b", "rb") as f:
    print(sum(len(line) for line in f) == len(data))
