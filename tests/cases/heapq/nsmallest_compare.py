# The comparisons nsmallest and nlargest make when they keep a heap of the
# best items (n between 2 and len - 1, or an input without len()).
import heapq

log = []

class K:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        log.append(f'{self!r}<{other!r}')
        return self.v < other.v
    def __gt__(self, other):
        log.append(f'{self!r}>{other!r}')
        return self.v > other.v
    def __eq__(self, other):
        log.append(f'{self!r}=={other!r}')
        return self.v == other.v
    def __repr__(self):
        return f'{self.tag}{self.v}'

def data():
    return [K(v, chr(97 + i)) for i, v in enumerate([5, 1, 4, 1, 5, 9, 2, 6, 5, 3])]

for f in (heapq.nsmallest, heapq.nlargest):
    for n in (1, 2):
        for key in (None, lambda k: k, lambda k: k.v):
            print(f.__name__, n, f(n, data(), key=key), log)
            log.clear()
            print(f.__name__, n, 'iter', f(n, iter(data()), key=key), log)
            log.clear()
