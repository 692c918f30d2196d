# Seeded punycode round trips over mixed scripts.
import random
rng = random.Random(42)
pool = 'abcxyz-019' + '\xe9\xfc\u0416\u05d0\u4e00\u4e8c\uac00\U0001f600\u0644'
total = 0
same = 0
for _ in range(300):
    text = ''.join(rng.choice(pool) for _ in range(rng.randrange(1, 16)))
    data = text.encode('punycode')
    total += len(data)
    same += data.decode('punycode') == text
print(same, total)
print([('\u4e00' * n).encode('punycode') for n in range(1, 6)])
