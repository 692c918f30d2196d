# The comparisons merge makes: entries compare by key, then input position.
import heapq

log = []

class K:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        log.append(f'{self!r}<{other!r}')
        return self.v < other.v
    def __eq__(self, other):
        log.append(f'{self!r}=={other!r}')
        return self.v == other.v
    def __repr__(self):
        return f'{self.tag}{self.v}'

def inputs(rev=False):
    data = [[1, 4, 7], [2, 4, 9], [0, 4], []]
    return [[K(v, 'abcd'[i]) for v in (reversed(vs) if rev else vs)] for i, vs in enumerate(data)]

print(list(heapq.merge(*inputs())), log)
log.clear()
print(list(heapq.merge(*inputs(), key=lambda k: k)), log)
log.clear()
print(list(heapq.merge(*inputs(), key=lambda k: k.v)), log)
log.clear()
print(list(heapq.merge(*inputs(True), reverse=True)), log)
log.clear()
print(list(heapq.merge(*inputs(True), key=lambda k: k, reverse=True)), log)
log.clear()
