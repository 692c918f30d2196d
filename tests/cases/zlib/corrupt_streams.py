# Seeded corruption of valid streams: every damaged stream gives the same
# bytes or the same zlib.error as CPython, one-shot and streaming.
import zlib

state = 2024

def rand(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & (2**64 - 1)
    return (state >> 33) % n

sources = [b"", b"a", b"hello world " * 40, bytes(range(256)) * 8,
           bytes(rand(4) + 65 for _ in range(3000))]
outcomes = {}
for round_ in range(300):
    src = sources[rand(len(sources))]
    wbits = (15, -15, 31)[rand(3)]
    c = bytearray(zlib.compress(src, rand(10), wbits=wbits))
    for _ in range(1 + rand(3)):
        kind = rand(3)
        if kind == 0 and c:
            c[rand(len(c))] ^= 1 << rand(8)
        elif kind == 1 and c:
            del c[rand(len(c)):]
        else:
            c.insert(rand(len(c) + 1), rand(256))
    data = bytes(c)
    try:
        out = zlib.decompress(data, wbits)
        result = "ok %d %d" % (len(out), zlib.crc32(out))
    except zlib.error as e:
        result = str(e)
    d = zlib.decompressobj(wbits)
    try:
        got = b""
        for i in range(0, len(data), 7):
            got += d.decompress(data[i:i + 7], 50)
            while d.unconsumed_tail:
                got += d.decompress(d.unconsumed_tail, 50)
        got += d.flush()
        stream = "ok %d %d %s %d" % (len(got), zlib.crc32(got), d.eof, len(d.unused_data))
    except zlib.error as e:
        stream = str(e)
    key = result + " | " + stream
    outcomes[key] = outcomes.get(key, 0) + 1
    if round_ % 30 == 0:
        print(round_, key)
for key in sorted(outcomes):
    print(outcomes[key], key)
