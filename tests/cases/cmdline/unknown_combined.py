# An unknown letter among combined options.
# options: -uBZ
print("not reached")
