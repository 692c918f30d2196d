# -V waits for the other options: an unknown one still fails.
# options: -V -Z
print("not reached")
