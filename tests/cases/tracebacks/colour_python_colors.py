# PYTHON_COLORS=1 colours the traceback.
# env: PYTHON_COLORS=1
def average(values):
    return sum(values) / len(values)

print("before")
average([])
