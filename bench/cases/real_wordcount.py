# Word frequency count over a generated text: split, lower, strip, dict, sort.
import time


WORDS = ["alpha", "Beta", "gamma", "delta", "Epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "Lambda", "mu", "nu", "xi", "omicron", "pi", "rho",
         "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"]
PUNCT = ["", "", ",", ".", "", "!", "", ";"]


def make_text(n):
    # Deterministic pseudo-random text built from the word list.
    parts = []
    seed = 7
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        w = WORDS[(seed >> 10) % len(WORDS)]
        p = PUNCT[(seed >> 4) % len(PUNCT)]
        parts.append(w + p)
        if i % 13 == 12:
            parts.append("\n")
    return " ".join(parts)


def main():
    text = make_text(440000)
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            w = word.strip(",.!;").lower()
            if w:
                counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    top = ranked[:5]
    total = 0
    for i, (w, c) in enumerate(ranked):
        total += (i + 1) * c + len(w)
    return (total, top[0][0], len(text))


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
