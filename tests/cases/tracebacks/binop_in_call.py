def ratio(total, count):
    return total / count
def report(rows):
    return [ratio(sum(r), len(r) - 1) for r in rows]
print(report([[1, 2, 3]]))
report([[4]])
