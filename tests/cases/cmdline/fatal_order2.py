# Then the hash seed, then the int limit.
# env: PYTHONHASHSEED=x PYTHONINTMAXSTRDIGITS=1
print("not reached")
