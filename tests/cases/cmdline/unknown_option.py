# An unknown option: CPython's usage text on stderr, exit status 2.
# options: -Z
print("not reached")
