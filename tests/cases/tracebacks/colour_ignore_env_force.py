# ...but not FORCE_COLOR, which is not a PYTHON* variable.
# options: -E
# env: FORCE_COLOR=1
def average(values):
    return sum(values) / len(values)

print("before")
average([])
