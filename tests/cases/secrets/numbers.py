# randbelow, randbits and choice, and their errors.
import secrets

print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)))
print(secrets.randbelow(1), 0 <= secrets.randbelow(2**200) < 2**200)
print(0 <= secrets.randbits(64) < 2**64, secrets.randbits(0))
print(secrets.choice("a"), secrets.choice([7, 7, 7]), secrets.choice(range(5)) in range(5))
for f in (lambda: secrets.randbelow(0), lambda: secrets.randbelow(-1), lambda: secrets.randbelow(1.5),
          lambda: secrets.randbelow("x"), lambda: secrets.randbits(-1), lambda: secrets.choice([]),
          lambda: secrets.randbelow()):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
