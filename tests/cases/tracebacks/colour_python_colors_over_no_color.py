# PYTHON_COLORS=1 wins over NO_COLOR.
# env: PYTHON_COLORS=1 NO_COLOR=1
def average(values):
    return sum(values) / len(values)

print("before")
average([])
