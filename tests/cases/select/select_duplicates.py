# select keeps each object as given, duplicates included, in order.
import select


class F:
    def __init__(self, fd, tag):
        self.fd, self.tag = fd, tag

    def fileno(self):
        return self.fd

    def __repr__(self):
        return self.tag


r, w, x = select.select([], [F(1, "a"), 2, F(1, "b"), 1, F(2, "c")] * 3, [1, 2], 0)
print(r, w, x)
r, w, x = select.select((), range(1, 3), (), 0.0)
print(r, w, x)
