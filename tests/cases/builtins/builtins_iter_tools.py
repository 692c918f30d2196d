names = ["ann", "bob", "cy"]
ages = [30, 25]
print(list(zip(names, ages)), dict(zip(names, ages)), list(enumerate(zip(names, ages))))
print(list(map(len, names)), list(filter(lambda n: "b" in n, names)), sorted(map(str.upper, names), reverse=True))
print(list(reversed(names)), min(names, key=len), max(enumerate(ages), key=lambda t: t[1]))
print(sum(range(101)), sum([[1], [2, 3]], []), any(n.startswith("c") for n in names), all(a > 20 for a in ages))
