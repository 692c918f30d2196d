# FORCE_COLOR=0 is still set, and still forces colour.
# env: FORCE_COLOR=0
def average(values):
    return sum(values) / len(values)

print("before")
average([])
