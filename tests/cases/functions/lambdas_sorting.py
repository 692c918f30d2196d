people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la"), ("di", 25, "nyc")]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append(name)
print(by_city, max(by_city, key=lambda c: len(by_city[c])))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), list(map(compose(str, inc), [1, 2])))
def key_error(p):
    if p[0] == "cy":
        raise LookupError("bad key for cy")
    return p[1]
try:
    sorted(people, key=key_error)
except LookupError as e:
    print(e)
print(people[0])
