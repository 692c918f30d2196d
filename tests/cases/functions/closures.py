# Closures, nonlocal and global.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())

def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]

print([f(10) for f in make_adders()])

def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner()
    return middle()

print(outer())
total = 0
def add_global(v):
    global total
    total += v

add_global(5)
add_global(7)
print(total)

def accumulator():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    def get():
        return items
    return add, get

add, get = accumulator()
add("a"); add("b")
print(get())

def shadow():
    total = "local"
    return total

print(shadow(), total)
