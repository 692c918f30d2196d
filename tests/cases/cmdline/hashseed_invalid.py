# An invalid PYTHONHASHSEED is refused before anything runs.
# env: PYTHONHASHSEED=abc
print("not reached")
