# -I implies -E: PYTHON_COLORS=0 no longer stops FORCE_COLOR.
# options: -I
# env: PYTHON_COLORS=0 FORCE_COLOR=1
def average(values):
    return sum(values) / len(values)

print("before")
average([])
