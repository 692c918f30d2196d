# NO_COLOR wins over FORCE_COLOR.
# env: NO_COLOR=1 FORCE_COLOR=1
def average(values):
    return sum(values) / len(values)

print("before")
average([])
