# The methods called through the class, and with wrong arguments.
import random

r = random.Random(3)
print(random.Random.randint(r, 1, 10), random.Random.randrange(r, 5), random.Random.choice(r, "ab"))
x = [1, 2, 3]
random.Random.shuffle(r, x)
print(x, random.Random.random(r), random.Random.getrandbits(r, 8))
for f in (lambda: r.choice(), lambda: r.shuffle(), lambda: r.randrange(), lambda: r.randint(1),
          lambda: r.choice([1], [2]), lambda: r.shuffle([1], None), lambda: r.uniform(1),
          lambda: r.sample([1]), lambda: r.choices(), lambda: r.seed(1, 2, 3)):
    try:
        f()
    except TypeError as e:
        print(e)
print(r.choice(seq=[7]), r.randint(b=3, a=3))
x = [4, 5]
r.shuffle(x=x)
print(x)
