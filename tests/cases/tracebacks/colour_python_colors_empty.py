# An empty PYTHON_COLORS is unset: NO_COLOR decides.
# env: PYTHON_COLORS= NO_COLOR=1 FORCE_COLOR=1
def average(values):
    return sum(values) / len(values)

print("before")
average([])
