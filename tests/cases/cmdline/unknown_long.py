# An unknown long option.
# options: --frobnicate
print("not reached")
