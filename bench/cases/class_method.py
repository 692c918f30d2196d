# Method calls: instance methods, staticmethods, classmethods and properties.
import time


N = 600000


class Acc:
    base = 10

    def __init__(self):
        self.value = 0

    def add(self, x):
        self.value += x
        return self

    def get(self):
        return self.value

    @staticmethod
    def twice(x):
        return x * 2

    @classmethod
    def offset(cls, x):
        return x + cls.base

    @property
    def half(self):
        return self.value // 2


def main():
    a = Acc()
    total = 0
    for i in range(N):
        a.add(i)
        total += Acc.twice(i & 31) + a.offset(i & 3) + a.get() % 1000
        total += a.half & 255
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
