# Nested loops with break/continue at different levels; multiplication table.
for i in range(1, 6):
    row = ""
    for j in range(1, 6):
        row += f"{i * j:4}"
    print(row)
pairs = []
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print(pairs)
count = 0
i = 0
while i < 4:
    for c in "ab":
        count += 1
    i += 1
print(count)
