# PYTHONUTF8 takes 0 or 1 only.
# env: PYTHONUTF8=2
print("not reached")
