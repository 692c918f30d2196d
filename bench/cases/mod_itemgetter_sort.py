# operator.itemgetter and attrgetter as sort keys over lists of tuples and objects.
import operator
import time


N = 8


class Rec:
    __slots__ = ("name", "score")

    def __init__(self, name, score):
        self.name = name
        self.score = score


def main():
    rows = [((i * 7919) % 1009, "n%d" % ((i * 31) % 97), i) for i in range(6000)]
    recs = [Rec(r[1], r[0]) for r in rows]
    by_first = operator.itemgetter(0)
    by_two = operator.itemgetter(1, 0)
    by_score = operator.attrgetter("score", "name")
    total = 0
    for rep in range(N):
        a = sorted(rows, key=by_first)
        b = sorted(rows, key=by_two)
        c = sorted(recs, key=by_score)
        total = (total + a[rep][2] + b[-rep - 1][2] + c[rep * 3].score) % 1000000007
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
