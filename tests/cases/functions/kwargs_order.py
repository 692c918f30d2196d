# **kwargs keeps the order the keywords were given in, however they arrive.
def order(**kw):
    return list(kw)

print(order(c=1, a=2, b=3))
print(order(**{"z": 1, "a": 2}, m=3))
print(order(m=3, **{"z": 1, "a": 2}))
d = {}
for name in "qwerty":
    d[name] = len(d)
print(order(**d))
del d["w"]
d["w"] = 99
print(order(**d))

def mixed(a, b=0, **rest):
    return a, b, list(rest.items())

print(mixed(b=2, zz=1, a=1, yy=0))
print(mixed(**{"yy": 1, "a": 0, "b": 5, "xx": 2}))
