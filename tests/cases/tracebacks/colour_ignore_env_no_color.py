# -E: NO_COLOR is still honoured, PYTHON_COLORS=1 no longer wins over it.
# options: -E
# env: PYTHON_COLORS=1 NO_COLOR=1
def average(values):
    return sum(values) / len(values)

print("before")
average([])
