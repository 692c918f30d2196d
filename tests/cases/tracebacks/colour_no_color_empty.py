# An empty NO_COLOR counts as unset.
# env: NO_COLOR= FORCE_COLOR=1
def average(values):
    return sum(values) / len(values)

print("before")
average([])
