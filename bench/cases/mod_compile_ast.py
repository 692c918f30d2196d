# compile(..., PyCF_ONLY_AST) workload: a generated module of functions,
# classes, loops, comprehensions, f-strings, try/with/match statements and
# decorators, parsed to a tree again and again (tokenizer and parser).
# The source text is made before the timed call.
import time

UNIT = '''
@decorator(%(i)d)
def function_%(i)d(a, b=2, *args, key=None, **kwargs) -> int:
    """Docstring of function %(i)d."""
    total = a + b * %(i)d - (a // 3) ** 2
    for x in range(a):
        if x %% 3 == 0 and not key:
            total += x
        elif x in args:
            continue
        else:
            total -= kwargs.get("k%(i)d", 1)
    values = [y * 2 for y in args if y > %(i)d]
    table = {k: v for k, v in zip("abc", values)}
    try:
        with open("f%(i)d") as fh, lock:
            data = fh.read()
    except (OSError, ValueError) as exc:
        data = f"error {exc!r:>10} in {a=} {b:{a}.{b}f}"
    finally:
        total += len(table)
    match data:
        case [first, *rest] if first:
            total += len(rest)
        case {"key": value, **others}:
            total -= value
        case Point(x=0, y=yy) | None:
            total = yy
    return total if total > 0 else -total


class Class%(i)d(Base, metaclass=Meta):
    attribute: int = %(i)d

    def method(self, other):
        self.value = lambda q, *r: (q, r, other[1:2, ::3])
        return await_this(self.value) or [*other, *self]
'''


def source(n):
    return ''.join(UNIT % {'i': i} for i in range(n))


# Made once, outside the timed call: the case measures the parser.
TEXT = source(60)


def main():
    total = 0
    for _ in range(4):
        tree = compile(TEXT, 'generated.py', 'exec', 0x400)
        total += len(tree.body) + tree.body[-1].end_lineno
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
