# Euclid's algorithm, lcm, and a small fraction reducer.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return a // gcd(a, b) * b

def reduce_fraction(n, d):
    g = gcd(n, d)
    sign = -1 if (n < 0) != (d < 0) else 1
    return sign * abs(n) // g, abs(d) // g

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8), gcd(2 ** 100, 6 ** 50))
print(lcm(4, 6), lcm(21, 6), lcm(2 ** 40, 3 ** 20))
m = 1
for k in range(1, 31):
    m = lcm(m, k)
print("lcm(1..30) =", m)
for n, d in [(6, 8), (-10, 4), (100, -75), (0, 5)]:
    print(f"{n}/{d} -> {reduce_fraction(n, d)}")
