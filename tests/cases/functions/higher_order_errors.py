# TypeErrors of higher-order builtins given bad callables or keys.
def attempt(fn):
    try:
        print(fn())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

attempt(lambda: list(map(None, [1])))
attempt(lambda: list(map(len, [1])))
attempt(lambda: sorted([1, 2], key=5))
attempt(lambda: sorted([1, "a"]))
attempt(lambda: sorted([3, 1], key=lambda a, b: 0))
attempt(lambda: max([1, 2], key=lambda: 0))
attempt(lambda: list(filter(lambda: True, [1])))
attempt(lambda: sorted([1, 2], lambda v: v))
attempt(lambda: list(map(lambda x, y: x, [1])))
attempt(lambda: min([], key=len))
attempt(lambda: max())
