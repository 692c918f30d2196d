# json.dumps workload: a large nested document (records of ints, floats,
# strings with and without escapes, booleans, nulls, nested lists and
# dicts) encoded compactly, with indent and sorted keys, and ASCII-escaped.
# The document is built before the timed call.
import json
import time


def build(n):
    records = []
    x = 7
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        records.append({
            "id": i,
            "name": "item-%d" % (x % 10007),
            "price": (x % 100000) / 100.0,
            "ratio": x / 2147483647.0,
            "tags": ["t%d" % (x % 13), "caf\u00e9", "line\nbreak" if i % 5 == 0 else "plain"],
            "active": i % 2 == 0,
            "parent": None if i % 3 else i - 1,
            "dims": {"w": x % 640, "h": x % 480, "depth": [x % 7, x % 11, x % 13]},
        })
    return {"version": 3, "records": records, "meta": {"count": n, "source": "bench"}}


# Built once, outside the timed call: the case measures the encoder.
DOC = build(4000)


def main():
    doc = DOC
    total = 0
    for _ in range(3):
        total += len(json.dumps(doc))
    total += len(json.dumps(doc, indent=2, sort_keys=True))
    total += len(json.dumps(doc, separators=(",", ":"), ensure_ascii=False))
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
