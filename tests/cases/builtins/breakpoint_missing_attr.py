# A module that has no such attribute, and -E ignoring the variable.
# env: PYTHONBREAKPOINT=os.nosuch
breakpoint()
print("after")
