# Only 0 and 1 mean something in PYTHON_COLORS: FORCE_COLOR decides.
# env: PYTHON_COLORS=2 FORCE_COLOR=1
def average(values):
    return sum(values) / len(values)

print("before")
average([])
