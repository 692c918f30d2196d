# Iterating dicts keeps insertion order; counting and grouping idioms.
text = "the cat and the hat and the bat sat on the mat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
for k, v in counts.items():
    print(k, "->", v)
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
inverted = {v: k for k, v in counts.items()}
print(inverted)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:3])
d = {3: "c", 1: "a", 2: "b"}
for k in d:
    print(k, d[k], end="; ")
print()
try:
    for k in d:
        d[k + 10] = "x"
except RuntimeError as e:
    print("RuntimeError:", e)
