# A negative seed is refused.
# env: PYTHONHASHSEED=-5
print("not reached")
