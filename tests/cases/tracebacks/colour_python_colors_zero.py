# PYTHON_COLORS=0 wins over FORCE_COLOR.
# env: PYTHON_COLORS=0 FORCE_COLOR=1
def average(values):
    return sum(values) / len(values)

print("before")
average([])
