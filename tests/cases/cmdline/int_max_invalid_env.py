# PYTHONINTMAXSTRDIGITS that is not a number.
# env: PYTHONINTMAXSTRDIGITS=many
print("not reached")
