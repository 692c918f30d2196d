# lib: symdump
# A small program of the usual kinds of code, table by table.
from symdump import dump

dump('''
"""A module docstring."""
import functools
from dataclasses import dataclass, field

CACHE = {}
_counter = 0


def memo(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        key = (fn.__name__, args, tuple(sorted(kwargs.items())))
        if key not in CACHE:
            CACHE[key] = fn(*args, **kwargs)
        return CACHE[key]
    return wrapper


@dataclass
class Point:
    x: float = 0.0
    y: float = 0.0
    tags: list = field(default_factory=list)

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @classmethod
    def origin(cls):
        return cls()

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


class Stack(list):
    def push(self, item):
        global _counter
        _counter += 1
        super().append(item)

    def top(self):
        try:
            return self[-1]
        except IndexError as exc:
            raise LookupError("empty") from exc


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main(argv=None):
    points = [Point(i, i * 2) for i in range(5)]
    by_norm = sorted(points, key=lambda p: p.norm())
    total = sum(p.norm() for p in by_norm)
    lookup = {p: n for n, p in enumerate(points) if n % 2}
    stack = Stack()
    for p in points:
        stack.push(p)
    with open(argv[0]) if argv else None as fh:
        lines = [line.strip() for line in fh] if fh else []
    return total, lookup, stack.top(), fib(10), lines


if __name__ == "__main__":
    main()
''')
