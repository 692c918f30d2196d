# The random module's methods on the system generator behind secrets.
import secrets

r = secrets.SystemRandom()
print(len(r.sample(range(100), 10)), len(set(r.sample(range(100), 10))))
x = list(range(20))
r.shuffle(x)
print(sorted(x) == list(range(20)))
print(all(1 <= r.randint(1, 3) <= 3 for _ in range(50)), type(r.uniform(1, 2)).__name__)
print(len(r.choices("ab", k=7)), isinstance(r.gauss(), float), r.randrange(5, 6))
