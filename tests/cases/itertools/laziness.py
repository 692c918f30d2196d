import itertools as it
log = []
def src(tag, n=3):
    for i in range(n):
        log.append(f'{tag}{i}')
        yield i
c = it.chain(src('a'), src('b'))
print(log); next(c); print(log)
m = it.islice(src('c', 10), 2); print(log[-1]); list(m); print(log[-1])
log.clear()
p = it.product(src('p', 2), src('q', 2)); print(log)
it.permutations(src('r', 2)); it.combinations(src('s', 2), 1); print(log)
log.clear()
z = it.zip_longest(src('x', 1), src('y', 2)); print(log); list(z); print(log)
log.clear()
a = it.accumulate(src('acc')); print(log, next(a), log)
log.clear()
g = it.groupby(src('g', 4), key=lambda v: v // 2); print(log)
k, grp = next(g); print(log, k)
print(list(grp), log)
log.clear()
t1, t2 = it.tee(src('t', 3)); print(log, next(t1), log, next(t2), log)
log.clear()
b = it.batched(src('b', 5), 2); print(log, next(b), log)
log.clear()
pw = it.pairwise(src('w', 3)); print(log, next(pw), log)
log.clear()
cy = it.cycle(src('cy', 2)); print([next(cy) for _ in range(5)], log)
