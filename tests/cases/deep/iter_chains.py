# next() on long chains of built-in iterators, each over the next.  Deeper
# chains than these crash CPython; cipy raises RecursionError there instead
# (not compared here).

def chain(n, wrap, start=(1, 2, 3)):
    it = iter(start)
    for i in range(n):
        it = wrap(it)
    return it

z = chain(100000, zip)
first = next(z)
depth = 0
while isinstance(first, tuple):
    first = first[0]
    depth += 1
print("zip", depth, first)

print("enumerate", type(next(chain(100000, enumerate))).__name__)
print("map", next(chain(50000, lambda it: map(abs, it))))
print("filter", next(chain(70000, lambda it: filter(None, it))))
print("iter", next(chain(100000, iter)))
print("reversed then map", list(chain(30000, lambda it: map(int, it), reversed([1, 2, 3]))))
print("mixed", next(chain(20000, lambda it: filter(None, map(abs, it)))))

# list() drives the whole chain to the end, every item through every level
print("list of map chain", list(chain(20000, lambda it: map(abs, it))))
print("sum of filter chain", sum(chain(20000, lambda it: filter(None, it))))
