"""A tour of the primes: a sieve, some tables and a few famous facts.

Run it with cipy:  make run   (or: cipy build/examples/example.pyc)
"""


def sieve(limit):
    """All primes below limit, by the sieve of Eratosthenes."""
    is_prime = [True] * limit
    is_prime[0] = is_prime[1] = False
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            is_prime[n * n::n] = [False] * len(range(n * n, limit, n))
    return [n for n in range(limit) if is_prime[n]]


def factorize(n):
    """Prime factors of n as {prime: exponent}, by trial division."""
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def show_factors(n):
    parts = []
    for p, e in sorted(factorize(n).items()):
        parts.append(f"{p}" if e == 1 else f"{p}^{e}")
    return " * ".join(parts)


primes = sieve(10_000)
prime_set = set(primes)

print(f"There are {len(primes)} primes below 10,000; the largest is {primes[-1]}.")
print()
print("The first 100 primes:")
for row in range(10):
    print("".join([f"{p:6}" for p in primes[row * 10:row * 10 + 10]]))
print()

twins = [(p, p + 2) for p in primes if p + 2 in prime_set]
print(f"Twin prime pairs below 10,000: {len(twins)}, the last is {twins[-1]}")

gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
widest = max(gaps)
print(f"Gaps between consecutive primes: {len(gaps)} sizes, the widest is {widest}")
for gap in sorted(gaps)[:6]:
    count = gaps[gap]
    print(f"  gap {gap:2}: {count:5} times {'*' * (count // 40)}")
print()

print("Goldbach: every even number is a sum of two primes")
for even in [4, 28, 100, 1_000, 9_998]:
    for p in primes:
        if even - p in prime_set:
            print(f"  {even:>5} = {p} + {even - p}")
            break
print()

print("Factorizations:")
for n in [360, 1001, 65_537, 2 ** 32 + 1, 600_851_475_143, 2 ** 64 - 1]:
    print(f"  {n:>26,} = {show_factors(n)}")
print()

density = [(10 ** k, len([p for p in primes if p < 10 ** k])) for k in range(1, 5)]
print("How thinly the primes spread:")
for limit, count in density:
    print(f"  below {limit:>6,}: {count:5} primes, {count / limit:7.2%} of the numbers")
