# Text statistics with dicts, sorting and string methods.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = []
for raw in text.split():
    w = raw.strip(",.").lower()
    if w:
        words.append(w)
print(len(words), "words,", len(set(words)), "distinct")
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in ranked[:6]:
    print(f"{w:>12} {n:3} {'#' * n}")
longest = max(words, key=len)
print("longest:", longest, len(longest))
print("avg length: %.3f" % (sum([len(w) for w in words]) / len(words)))
lines = text.splitlines()
print([len(line) for line in lines], lines[-1].title())
