# An unknown option beyond Latin-1.
# options: -€
print("not reached")
