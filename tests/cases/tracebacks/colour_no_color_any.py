# Any non-empty NO_COLOR turns colour off, even 0.
# env: NO_COLOR=0 FORCE_COLOR=1
def average(values):
    return sum(values) / len(values)

print("before")
average([])
