total = 0
for i in range(20):
    if i % 3 == 0:
        continue
    if i > 15:
        break
    total += i
else:
    print("not reached")
print(total)

n = 0
while n < 5:
    n += 1
else:
    print("while done", n)

i = 10
while True:
    i -= 3
    if i < 0:
        break
print(i)

for a, (b, *c) in [(1, (2, 3, 4)), (5, (6,))]:
    print(a, b, c)

words = "the quick brown fox".split()
for idx, w in enumerate(reversed(words)):
    print(idx, w.upper(), w[::-1], len(w))
