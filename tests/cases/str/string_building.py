parts = []
for i in range(5):
    parts.append(f"{i}:{'x' * i}")
s = "|".join(parts)
print(s, len(s))
acc = ""
for ch in "hello":
    acc = ch + acc
print(acc)
acc += "!" * 3
print(acc, acc.count("!"), acc[::2])
table = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
w = max(len(str(r[0])) for r in table)
for a, b in table:
    print(f"{a:<{w}} | {b:>4}")
print("\n".join(f"{n:>3}" for n in (1, 22, 333)))
print(repr("quote's"), repr('dq"s'), repr("both'\""), repr("\t\n\x00\u1234\U0001F600"))
