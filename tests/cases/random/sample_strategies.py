# Both of sample()'s strategies: which one is used depends on k and the
# population's size; the draws it makes show which.
import random

class Spy(random.Random):
    def _randbelow(self, n):
        self.calls.append(n)
        return super()._randbelow(n)

spy = Spy(3)
for k in (0, 1, 5, 6, 7, 10, 21, 22, 50, 100, 170, 171, 200, 700):
    for n in (k, k + 1, 21, 22, 24, 84, 85, 86, 300, 341, 342, 1365, 1366, 5000, 5461, 5462):
        if n < k:
            continue
        spy.calls = []
        spy.seed(n * 1000 + k)
        out = spy.sample(range(n), k)
        shrinking = all(c == n - i for i, c in enumerate(spy.calls[:2]))
        print(k, n, "pool" if shrinking and len(spy.calls) == k and k > 1 else "set/other", sum(out) % 9973)
