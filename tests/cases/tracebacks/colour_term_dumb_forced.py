# TERM=dumb only matters when nothing forces colour.
# env: TERM=dumb FORCE_COLOR=1
def average(values):
    return sum(values) / len(values)

print("before")
average([])
