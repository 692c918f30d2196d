# A method that reads and writes several attributes of self on every call.
import time


N = 500000


class Walker:
    def __init__(self):
        self.pos = 0
        self.steps = 0
        self.best = 0
        self.log = []

    def step(self, d):
        self.pos += d
        self.steps = self.steps + 1
        if self.pos > self.best:
            self.best = self.pos
        if self.steps % 1000 == 0:
            self.log.append(self.pos)
        return self.pos


def main():
    w = Walker()
    total = 0
    for i in range(N):
        total += w.step(1 if i % 3 else -1)
    return total + w.best + w.steps + len(w.log)


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
