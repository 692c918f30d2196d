# A mutable default is one object shared by every call.
def append(item, bucket=[]):
    bucket.append(item)
    return bucket

a = append(1)
b = append(2)
print(a, b, a is b)
print(append(3, []), append(4))
print(append.__defaults__)

def counter(cache={}):
    cache["n"] = cache.get("n", 0) + 1
    return cache["n"]

print(counter(), counter(), counter({}), counter())
append.__defaults__[0].clear()
print(append(5))
append.__defaults__ = ([],)
print(append(6), a)

def kw(*, seen=set()):
    seen.add(len(seen))
    return sorted(seen)

print(kw(), kw(), kw.__kwdefaults__)
