# for loops over ranges, lists, strings, dicts; break, continue, else.
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("not reached")
for j in range(3):
    pass
else:
    print("else after full loop, j =", j)
for ch in "abc":
    print(ch, end="")
print()
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for idx, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(idx, a + b)
found = None
for n in range(2, 50):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        found = n
print("last prime below 50:", found)
for x in []:
    print("never")
else:
    print("empty loop else")
total = 0
for i in range(10, 0, -3):
    total += i
print(total, list(range(10, 0, -3)))
