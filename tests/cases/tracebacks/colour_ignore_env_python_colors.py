# -E ignores PYTHON_COLORS...
# options: -E
# env: PYTHON_COLORS=1
def average(values):
    return sum(values) / len(values)

print("before")
average([])
