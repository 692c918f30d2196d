def f(x):
    return 10 // x

data = [2, 1, 0]
total = sum(f(x) for x in data)
print(total)
