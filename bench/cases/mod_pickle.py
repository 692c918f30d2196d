# pickle workload: dumps and loads of a large nested structure (records of
# ints, big ints, floats, strings, bytes, tuples, lists, dicts and sets with
# shared references), at protocols 2, 4 and 5, each pickle loaded back.
# The structure is built before the timed call.
import pickle
import time


def build(n):
    shared = ("shared", 1, 2.5)
    records = []
    x = 11
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        records.append({
            "id": i,
            "big": x << 40,
            "name": "rec-%d" % (x % 9973),
            "score": x / 7.0,
            "flags": (i % 2 == 0, None, i % 3),
            "tags": ["a%d" % (x % 17), "b", "caf\u00e9"],
            "blob": b"\x00\x01" * (x % 5),
            "set": {x % 11, x % 13},
            "shared": shared,
            "pos": [x % 100, x % 1000, -(x % 10000)],
        })
    return {"records": records, "meta": {"count": n, "name": "bench"}}


DATA = build(5000)


def main():
    total = 0
    for proto in (2, 4, 5, 5):
        s = pickle.dumps(DATA, proto)
        back = pickle.loads(s)
        total += len(s) + len(back["records"]) + back["records"][-1]["id"]
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
