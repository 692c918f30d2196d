# json.loads workload: a large nested document (records of ints, floats,
# strings with escapes and non-ASCII text, booleans, nulls, nested lists
# and dicts) decoded from str and from bytes, with and without hooks.
# The text is made before the timed call.
import json
import time


def document(n):
    parts = []
    x = 11
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        parts.append(
            '{"id": %d, "name": "item-%d", "price": %d.%02d, "ratio": %r, '
            '"tags": ["t%d", "caf\\u00e9", "line\\nbreak", "\u65e5\u672c"], "active": %s, '
            '"parent": %s, "dims": {"w": %d, "h": %d, "depth": [%d, %d, %d]}}'
            % (i, x % 10007, x % 1000, x % 100, x / 2147483647.0, x % 13,
               "true" if i % 2 else "false", "null" if i % 3 else str(i - 1),
               x % 640, x % 480, x % 7, x % 11, x % 13))
    return '{"version": 3, "records": [\n' + ",\n".join(parts) + '\n], "meta": {"count": %d}}' % n


# Made once, outside the timed call: the case measures the decoder.
TEXT = document(4000)


def main():
    text = TEXT
    total = 0
    for _ in range(3):
        doc = json.loads(text)
        total += len(doc["records"]) + doc["records"][-1]["dims"]["w"]
    doc = json.loads(text.encode("utf-8"))
    total += doc["records"][7]["id"]
    pairs = json.loads(text, object_pairs_hook=len)
    total += pairs
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
