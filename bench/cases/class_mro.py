# Method lookup and super() chains through a diamond class hierarchy.
import time


N = 420000


class Base:
    def value(self, x):
        return x + 1

    def name(self):
        return 1


class Left(Base):
    def value(self, x):
        return super().value(x) * 2


class Right(Base):
    def value(self, x):
        return super().value(x) + 3

    def name(self):
        return 2


class Bottom(Left, Right):
    def value(self, x):
        return super().value(x) - 1


def main():
    objs = [Base(), Left(), Right(), Bottom()]
    total = 0
    for i in range(N):
        for o in objs:
            total += o.value(i & 63) + o.name()
    total += len(Bottom.__mro__) * 1000
    total += isinstance(objs[3], Right) + issubclass(Bottom, Base)
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
