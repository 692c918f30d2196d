# Huge ints: digit counts, conversion, and the 4300-digit str limit.
n = 3 ** 8000
s = str(n)
print(len(s), s[:20], s[-20:])
print(n % 1000000007, n.bit_length())
m = 7 ** 5000
print(len(str(m)), hex(m)[:30], hex(m)[-10:])
print(int("9" * 4000) + 1 == 10 ** 4000)
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(2 ** 20000)))
