log = []
class Box:
    def __init__(self): self.items = {"k": [1]}
    def __getattr__(self, name):
        log.append(("getattr", name))
        raise AttributeError(name)
b = Box()
def key():
    log.append("key")
    return "k"
def idx():
    log.append("idx")
    return 0
b.items[key()][idx()] += 10
print(b.items, log)
x = [1, 2, 3]
x[1:2] = [7, 8, 9]
print(x)
x[::2] = [0, 0, 0]
print(x)
del x[1::2]
print(x)
s = "hello world"
print(s[::-1], s[-5:], s[:-6:2], s[100:], (1, 2, 3)[::-2], list(range(10))[8:2:-3])
n = 10
n //= 3; print(n)
n **= 3; print(n)
n %= 7; print(n)
n <<= 4; print(n)
n ^= 0xff; print(n)
