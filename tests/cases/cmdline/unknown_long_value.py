# A long option with =value attached is not known.
# options: --version=3
print("not reached")
