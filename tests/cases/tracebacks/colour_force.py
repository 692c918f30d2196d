# FORCE_COLOR colours the traceback even when stderr is not a terminal.
# env: FORCE_COLOR=1
def average(values):
    return sum(values) / len(values)

print("before")
average([])
