# An unknown option that is not ASCII: CPython shows the low byte of its code point.
# options: -Bé
print("not reached")
