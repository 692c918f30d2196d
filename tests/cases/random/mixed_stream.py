# A seeded mix of every integer and sequence method, interleaved.
import random

r = random.Random(20261207)
driver = random.Random(1)
out = []
for step in range(3000):
    op = driver.randrange(8)
    if op == 0:
        out.append(r.randint(-50, 50))
    elif op == 1:
        out.append(r.randrange(1, 10**driver.randint(1, 40), driver.randint(1, 9)))
    elif op == 2:
        out.append(r.choice("abcdefghijklmnopqrstuvwxyz"))
    elif op == 3:
        x = list(range(driver.randint(0, 12)))
        r.shuffle(x)
        out.append(tuple(x))
    elif op == 4:
        n = driver.randint(0, 400)
        out.append(tuple(r.sample(range(n), driver.randint(0, min(n, 30)))))
    elif op == 5:
        out.append(r.getrandbits(driver.randint(0, 130)))
    elif op == 6:
        out.append(round(r.random(), 12))
    else:
        out.append(tuple(r.choices("xyz", [1, 2, 3], k=3)))
print(hash(tuple(out)) == hash(tuple(out)), len(out))
print(out[:40])
print(out[-20:])
print(sum(v for v in out if isinstance(v, int)) % 1000003)
