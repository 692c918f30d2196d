people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 22)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
by_age = {}
for name, age in people:
    by_age.setdefault(age, []).append(name)
print(by_age, sorted(by_age.items(), reverse=True))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), list(map(compose(str, inc), range(3))))
words = ["banana", "Apple", "cherry"]
words.sort(key=str.lower)
print(words, sorted(words, key=len, reverse=True))
