s = set()
for v in [100, 5, 33, 8, 1024, 7, 64, 2]:
    s.add(v)
print(s)
s.discard(33)
s.add(9)
print(s, sorted(s), {x * 7 % 13 for x in range(20)})
print({-1, -2, 0, 2**61 - 1, 2**61}, {1.5, 2.5, 0.5})
t = {str(i) for i in range(12)}
print(len(t), sorted(t)[:4])
