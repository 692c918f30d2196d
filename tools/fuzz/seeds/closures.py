def counter(start=0):
    n = start

    def inc(step=1):
        nonlocal n
        n += step
        return n

    def get():
        return n

    return inc, get


inc, get = counter(10)
inc()
inc(5)
print(get())

adders = [lambda v, k=k: v + k for k in range(3)]
print([f(10) for f in adders])


def memo(fn):
    cache = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]

    wrapper.cache = cache
    return wrapper


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(fib.cache))


def make():
    x = 1

    class Inner:
        y = x + 1

        def m(self):
            return x + self.y + __class__.y

    return Inner().m()


print(make())
