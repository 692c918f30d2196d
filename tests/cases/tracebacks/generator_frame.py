def numbers():
    yield 1
    yield int("x")
for n in numbers():
    print(n)
