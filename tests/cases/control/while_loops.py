# while loops with break, continue and else.
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps:", steps)
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print("even", i)
k = 3
while k > 0:
    k -= 1
else:
    print("while else, k =", k)
k = 3
while k > 0:
    k -= 1
    if k == 1:
        break
else:
    print("not printed")
print("k =", k)
a, b = 0, 1
fib = []
while a < 200:
    fib.append(a)
    a, b = b, a + b
print(fib)
