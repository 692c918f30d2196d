# dis.dis of a function with loops, branches and a comprehension
import dis


def count(limit):
    total = 0
    for i in range(limit):
        if i % 3 == 0:
            continue
        while total > 100:
            total -= 7
        total += i
    return [t * 2 for t in range(total) if t & 1]


dis.dis(count)
print("-----")
dis.dis(count, show_caches=True)
